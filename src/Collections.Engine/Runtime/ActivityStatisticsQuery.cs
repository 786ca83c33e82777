using Collections.Engine.Api;
using Collections.Engine.Model;
using Collections.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Runtime;

/// <summary>
/// Counts waiting tokens and open incidents per activity of one definition in one SQL statement over the side rows
/// (D12: queries never parse instance documents). Every waiting token owns a row that names its activity: a user task,
/// an external task, a job (timer or async continuation), a message subscription, or a failed-execution incident. The
/// definition's model then attributes the rows: boundary events and event sub-process starts belong to a token counted
/// elsewhere and are left out; the timers and subscriptions of an event-based gateway count once, at the gateway.
/// Tokens waiting at a parallel or inclusive join own no row and are not counted.
/// </summary>
internal sealed class ActivityStatisticsQuery(EngineDbContextFactory factory, DefinitionCache definitions)
{
    private const int Token = 0;
    private const int Incident = 1;

    public async Task<IReadOnlyList<ActivityStatistics>> RunAsync(Guid definitionId, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var model = (await definitions.GetAsync(db, definitionId, cancellationToken)).Model;
        var instances = db.Instances.Where(i => i.DefinitionId == definitionId).Select(i => i.Id);
        var rows = db.UserTasks.Where(t => t.DefinitionId == definitionId).Select(t => new { ActivityId = t.TaskDefinitionKey, Kind = Token })
            .Concat(db.ExternalTasks.Where(t => t.DefinitionId == definitionId).Select(t => new { t.ActivityId, Kind = Token }))
            .Concat(db.Jobs.Where(j => j.DefinitionId == definitionId && j.ProcessInstanceId != null).Select(j => new { j.ActivityId, Kind = Token }))
            .Concat(db.MessageSubscriptions.Where(s => instances.Contains(s.ProcessInstanceId)).Select(s => new { s.ActivityId, Kind = Token }))
            .Concat(db.Incidents.Where(x => x.ResolvedAt == null && x.Type == IncidentTypes.FailedExecution && instances.Contains(x.ProcessInstanceId))
                .Select(x => new { x.ActivityId, Kind = Token }))
            .Concat(db.Incidents.Where(x => x.ResolvedAt == null && instances.Contains(x.ProcessInstanceId)).Select(x => new { x.ActivityId, Kind = Incident }));
        var counts = await rows.GroupBy(r => new { r.ActivityId, r.Kind }).Select(g => new { g.Key.ActivityId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var waiting = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in counts.Where(c => c.Kind == Token))
        {
            switch (Owner(model, row.ActivityId))
            {
                case (null, _):
                    break;
                case ({ } gateway, true):
                    // Each token at an event-based gateway holds one row per event after it: count the token once.
                    waiting[gateway] = Math.Max(waiting.GetValueOrDefault(gateway), row.Count);
                    break;
                case ({ } activity, false):
                    waiting[activity] = waiting.GetValueOrDefault(activity) + row.Count;
                    break;
            }
        }

        var incidents = counts.Where(c => c.Kind == Incident).ToDictionary(c => c.ActivityId, c => c.Count, StringComparer.Ordinal);
        return waiting.Keys.Union(incidents.Keys).Order(StringComparer.Ordinal)
            .Select(id => new ActivityStatistics(id, waiting.GetValueOrDefault(id), incidents.GetValueOrDefault(id)))
            .ToList();
    }

    /// <summary>Where a side row's token waits: the activity itself, its event-based gateway, or nowhere (a boundary or event start).</summary>
    private static (string? ActivityId, bool AtGateway) Owner(ProcessModel model, string activityId) =>
        model.NodesById.GetValueOrDefault(activityId) switch
        {
            BoundaryEvent or StartEvent => (null, false),
            { Incoming: [_, ..] incoming } when incoming.All(f => f.Source is EventBasedGateway) && incoming.Select(f => f.Source.Id).Distinct().Count() == 1
                => (incoming[0].Source.Id, true),
            _ => (activityId, false),
        };
}
