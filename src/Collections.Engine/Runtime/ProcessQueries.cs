using Collections.Engine.Api;
using Collections.Engine.Model;
using Collections.Engine.Persistence;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.Behaviors;
using Collections.Engine.Runtime.State;
using Collections.Engine.Variables;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Runtime;

/// <summary>Read-only queries; filters run on indexed columns, never inside instance documents.</summary>
internal sealed class ProcessQueries(EngineDbContextFactory factory, DefinitionCache definitions, TimeProvider timeProvider) : IProcessQueries
{
    public async Task<IReadOnlyList<ProcessDefinitionInfo>> ListDefinitionsAsync(string? key, bool latestOnly, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var query = db.Definitions.AsNoTracking();
        if (key is not null) query = query.Where(d => d.Key == key);
        if (latestOnly) query = query.Where(d => d.Version == db.Definitions.Where(o => o.Key == d.Key).Max(o => o.Version));
        var rows = await query.OrderBy(d => d.Key).ThenByDescending(d => d.Version)
            .Select(d => new ProcessDefinitionRecord
            {
                Id = d.Id, Key = d.Key, Version = d.Version, Name = d.Name, ResourceName = d.ResourceName, Xml = "", XmlHash = d.XmlHash,
                IsExecutable = d.IsExecutable, VersionTag = d.VersionTag, DeployedAt = d.DeployedAt,
                Source = d.Source, SourceReference = d.SourceReference, ChangeNote = d.ChangeNote,
            }).ToListAsync(cancellationToken);
        return rows.Select(ToInfo).ToList();
    }

    public async Task<ProcessDefinitionInfo?> GetDefinitionAsync(Guid definitionId, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var row = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == definitionId, cancellationToken);
        return row is null ? null : ToInfo(row);
    }

    public async Task<ProcessTexts?> GetProcessTextsAsync(Guid definitionId, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        try
        {
            return (await definitions.GetAsync(db, definitionId, cancellationToken)).Texts;
        }
        catch (Errors.NotFoundException)
        {
            return null;
        }
    }

    public async Task<string?> GetDefinitionXmlAsync(Guid definitionId, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        return await db.Definitions.AsNoTracking().Where(d => d.Id == definitionId).Select(d => d.Xml).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<IReadOnlyList<ActivityStatistics>> GetActivityStatisticsAsync(Guid definitionId, CancellationToken cancellationToken) =>
        new ActivityStatisticsQuery(factory, definitions).RunAsync(definitionId, cancellationToken);

    public async Task<ProcessInstanceInfo?> GetInstanceAsync(Guid processInstanceId, CancellationToken cancellationToken)
    {
        var list = await ListInstancesAsync(db => db.Instances.Where(i => i.Id == processInstanceId), 0, 1, cancellationToken);
        return list.FirstOrDefault();
    }

    public Task<IReadOnlyList<ProcessInstanceInfo>> ListInstancesAsync(InstanceQuery query, CancellationToken cancellationToken) =>
        ListInstancesAsync(db =>
        {
            var q = db.Instances.AsQueryable();
            if (query.DefinitionKey is { } key) q = q.Where(i => i.DefinitionKey == key);
            if (query.DefinitionId is { } defId) q = q.Where(i => i.DefinitionId == defId);
            if (query.BusinessKey is { } bk) q = q.Where(i => i.BusinessKey == bk);
            if (query.RootInstanceId is { } root) q = q.Where(i => i.RootInstanceId == root);
            if (query.Status is { } status) q = q.Where(i => i.Status == StatusName(status));
            return q.OrderBy(i => i.StartedAt).ThenBy(i => i.Id);
        }, query.Skip, query.Take, cancellationToken);

    private async Task<IReadOnlyList<ProcessInstanceInfo>> ListInstancesAsync(
        Func<EngineDbContext, IQueryable<ProcessInstanceRecord>> filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var rows = await filter(db).AsNoTracking().Skip(skip).Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var incidents = await db.Incidents.AsNoTracking().Where(i => ids.Contains(i.ProcessInstanceId) && i.ResolvedAt == null)
            .GroupBy(i => i.ProcessInstanceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var result = new List<ProcessInstanceInfo>(rows.Count);
        foreach (var row in rows)
        {
            var definition = await definitions.GetAsync(db, row.DefinitionId, cancellationToken);
            result.Add(ToInfo(row, definition, incidents.GetValueOrDefault(row.Id)));
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, VariableValue>> GetVariablesAsync(Guid processInstanceId, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var document = await db.Instances.AsNoTracking().Where(i => i.Id == processInstanceId).Select(i => i.Document).FirstOrDefaultAsync(cancellationToken)
            ?? throw new Errors.NotFoundException("Process instance", processInstanceId.ToString());
        var root = InstanceStateSerializer.Deserialize(document).Root;
        return root.Variables ?? new Dictionary<string, VariableValue>();
    }

    public async Task<UserTaskInfo?> GetUserTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        (await ListUserTasksAsync(db => db.UserTasks.Where(t => t.Id == taskId), 0, 1, cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<UserTaskInfo>> ListUserTasksAsync(UserTaskQuery query, CancellationToken cancellationToken) =>
        ListUserTasksAsync(db =>
        {
            var q = db.UserTasks.AsQueryable();
            if (query.ProcessInstanceId is { } pid) q = q.Where(t => t.ProcessInstanceId == pid);
            if (query.RootInstanceId is { } root) q = q.Where(t => t.RootInstanceId == root);
            if (query.Assignee is { } assignee) q = q.Where(t => t.Assignee == assignee);
            if (query.TaskDefinitionKey is { } key) q = q.Where(t => t.TaskDefinitionKey == key);
            if (query.BusinessKey is { } bk) q = q.Where(t => t.BusinessKey == bk);
            if (query.CandidateUser is not null || query.CandidateGroups is { Count: > 0 })
            {
                q = q.Where(t => t.Assignee == null).Where(CandidateFilter.For(query.CandidateUser, query.CandidateGroups ?? []));
            }

            return q.OrderByDescending(t => t.Priority).ThenBy(t => t.CreatedAt);
        }, query.Skip, query.Take, cancellationToken);

    private async Task<IReadOnlyList<UserTaskInfo>> ListUserTasksAsync(
        Func<EngineDbContext, IQueryable<UserTaskRecord>> filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var rows = await filter(db).AsNoTracking().Skip(skip).Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
        var result = new List<UserTaskInfo>(rows.Count);
        foreach (var row in rows)
        {
            var definition = await definitions.GetAsync(db, row.DefinitionId, cancellationToken);
            var node = definition.Model.NodesById.GetValueOrDefault(row.TaskDefinitionKey) as UserTask;
            result.Add(new UserTaskInfo(row.Id, row.ProcessInstanceId, row.RootInstanceId, row.ActivityInstanceId, row.TaskDefinitionKey,
                row.Name, row.DefinitionKey, row.BusinessKey, row.Assignee, CandidateList.Decode(row.CandidateGroups),
                CandidateList.Decode(row.CandidateUsers), row.CreatedAt, row.DueDate, row.FollowUpDate, row.Priority,
                node?.FormFields ?? [], node?.Documentation, node?.Properties,
                node is null ? null : ProcessTextKeys.Resolve(node.NameTranslations, row.Name),
                node is null ? null : ProcessTextKeys.Resolve(node.DocumentationTranslations, node.Documentation)));
        }

        return result;
    }

    public async Task<IReadOnlyList<ExternalTaskInfo>> ListExternalTasksAsync(ExternalTaskQuery query, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var q = db.ExternalTasks.AsNoTracking();
        if (query.TopicName is { } topic) q = q.Where(t => t.Topic == topic);
        if (query.ProcessInstanceId is { } pid) q = q.Where(t => t.ProcessInstanceId == pid);
        if (query.RootInstanceId is { } root) q = q.Where(t => t.RootInstanceId == root);
        if (query.WorkerId is { } worker) q = q.Where(t => t.WorkerId == worker);
        if (query.Locked is { } locked)
        {
            // Filtered in the database, before paging, so a page is never short of matching rows.
            var now = timeProvider.GetUtcNow();
            q = locked ? q.Where(t => t.LockExpiresAt != null && t.LockExpiresAt > now) : q.Where(t => t.LockExpiresAt == null || t.LockExpiresAt <= now);
        }

        var rows = await q.OrderBy(t => t.CreatedAt).Skip(query.Skip).Take(Math.Clamp(query.Take, 1, 1000)).ToListAsync(cancellationToken);

        return rows.Select(ToInfo).ToList();
    }

    public async Task<IReadOnlyList<JobInfo>> ListJobsAsync(JobQuery query, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var q = db.Jobs.AsNoTracking();
        if (query.ProcessInstanceId is { } pid) q = q.Where(j => j.ProcessInstanceId == pid);
        if (query.RootInstanceId is { } root) q = q.Where(j => j.RootInstanceId == root);
        if (query.Type is { } type) q = q.Where(j => j.Type == type);
        if (query.Failed is { } failed) q = failed ? q.Where(j => j.ExceptionMessage != null) : q.Where(j => j.ExceptionMessage == null);
        var rows = await q.OrderBy(j => j.DueAt).Skip(query.Skip).Take(Math.Clamp(query.Take, 1, 1000)).ToListAsync(cancellationToken);
        return rows.Select(j => new JobInfo(j.Id, j.Type, j.ProcessInstanceId, j.ActivityId, j.DueAt, j.Retries, j.LockOwner, j.LockExpiresAt, j.ExceptionMessage, j.Priority)).ToList();
    }

    public async Task<IReadOnlyList<IncidentInfo>> ListIncidentsAsync(IncidentQuery query, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var q = db.Incidents.AsNoTracking();
        if (query.ProcessInstanceId is { } pid) q = q.Where(i => i.ProcessInstanceId == pid);
        if (query.RootInstanceId is { } root) q = q.Where(i => i.RootInstanceId == root);
        if (query.OpenOnly) q = q.Where(i => i.ResolvedAt == null);
        var rows = await q.OrderBy(i => i.CreatedAt).Skip(query.Skip).Take(Math.Clamp(query.Take, 1, 1000)).ToListAsync(cancellationToken);
        return rows.Select(i => new IncidentInfo(i.Id, i.Type, i.ProcessInstanceId, i.RootInstanceId, i.ActivityId, i.ActivityInstanceId, i.Message, i.CreatedAt, i.ResolvedAt)).ToList();
    }

    public async Task<IReadOnlyList<HistoricActivityInfo>> ListActivityHistoryAsync(Guid processInstanceId, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var ended = await db.ActivityHistory.AsNoTracking().Where(h => h.ProcessInstanceId == processInstanceId).ToListAsync(cancellationToken);
        var result = ended.Select(h => new HistoricActivityInfo(h.ActivityInstanceId, h.ProcessInstanceId, h.ActivityId, h.ActivityName,
            h.ActivityType, h.StartedAt, h.EndedAt, h.Canceled, h.Assignee, h.TaskId)).ToList();
        var row = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == processInstanceId, cancellationToken);
        if (row is not null)
        {
            var definition = await definitions.GetAsync(db, row.DefinitionId, cancellationToken);
            foreach (var ai in InstanceStateSerializer.Deserialize(row.Document).Activities.Skip(1))
            {
                var node = definition.Model.NodesById.GetValueOrDefault(ai.ActivityId);
                result.Add(new HistoricActivityInfo(ai.Id, processInstanceId, ai.ActivityId, node?.Name, node?.ElementKind ?? "unknown",
                    ai.StartedAt, null, false, null, ai.TaskId));
            }
        }

        return result.OrderBy(h => h.StartedAt).ThenBy(h => int.TryParse(h.ActivityInstanceId, out var n) ? n : 0).ToList();
    }

    public async Task<IReadOnlyList<HistoricVariableInfo>> ListVariableHistoryAsync(Guid processInstanceId, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var rows = await db.VariableHistory.AsNoTracking().Where(v => v.ProcessInstanceId == processInstanceId)
            .OrderBy(v => v.Sequence).ToListAsync(cancellationToken);
        return rows.Select(v => new HistoricVariableInfo(v.ProcessInstanceId, v.Name, VariableJson.FromText(v.Value), v.ActivityInstanceId, v.ChangedAt)).ToList();
    }

    public static ProcessDefinitionInfo ToInfo(ProcessDefinitionRecord d) =>
        new(d.Id, d.Key, d.Version, d.Name, d.ResourceName, d.IsExecutable, d.VersionTag, d.DeployedAt,
            Source: d.Source is null ? null : new DeploymentSource(d.Source, d.SourceReference), ChangeNote: d.ChangeNote);

    public static ExternalTaskInfo ToInfo(ExternalTaskRecord t) =>
        new(t.Id, t.Topic, t.ProcessInstanceId, t.ActivityId, t.ActivityInstanceId, t.DefinitionKey, t.DefinitionId, t.BusinessKey,
            t.Priority, t.WorkerId, t.LockExpiresAt, t.Retries, t.ErrorMessage, t.ErrorDetails, t.CreatedAt);

    internal static ProcessInstanceInfo ToInfo(ProcessInstanceRecord row, DeployedDefinition definition, int openIncidents)
    {
        var state = InstanceStateSerializer.Deserialize(row.Document);
        var waiting = state.Activities.Skip(1)
            .Where(a => definition.Model.NodesById.GetValueOrDefault(a.ActivityId) is not (SubProcess or CallActivity))
            .Select(a => a.ActivityId).ToList();
        return new ProcessInstanceInfo(row.Id, row.DefinitionId, row.DefinitionKey, row.DefinitionVersion, row.BusinessKey, StatusOf(row.Status),
            row.ParentInstanceId, row.RootInstanceId, row.StartedAt, row.EndedAt, row.Status == InstanceStatuses.Active ? waiting : [], openIncidents);
    }

    private static ProcessInstanceStatus StatusOf(string status) => status switch
    {
        InstanceStatuses.Completed => ProcessInstanceStatus.Completed,
        InstanceStatuses.Canceled => ProcessInstanceStatus.Canceled,
        _ => ProcessInstanceStatus.Active,
    };

    private static string StatusName(ProcessInstanceStatus status) => status switch
    {
        ProcessInstanceStatus.Completed => InstanceStatuses.Completed,
        ProcessInstanceStatus.Canceled => InstanceStatuses.Canceled,
        _ => InstanceStatuses.Active,
    };
}
