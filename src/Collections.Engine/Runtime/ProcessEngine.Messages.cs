using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Variables;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Runtime;

/// <summary>Message correlation: waiting subscriptions first, else message start events.</summary>
internal sealed partial class ProcessEngine
{
    public Task<MessageCorrelationResult> CorrelateMessageAsync(MessageCorrelationRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.MessageName))
        {
            throw new InvalidRequestException("message.name-required", "A message name is required.", "messageName");
        }

        return executor.ExecuteAsync(async ctx =>
        {
            var variables = VariableConversions.From(request.Variables);
            var matches = await FindSubscriptionsAsync(ctx, request, cancellationToken);
            if (matches.Count == 0) return await StartByMessageAsync(ctx, request, variables, cancellationToken);
            if (matches.Count > 1 && !request.All)
            {
                throw new MessageCorrelationException(request.MessageName, matches.Count,
                    $"Message '{request.MessageName}' matches {matches.Count} waiting subscriptions (instances {string.Join(", ", matches.Select(m => m.ProcessInstanceId).Distinct())}); narrow it by business key, instance id or correlation keys.");
            }

            var correlated = new List<Guid>();
            foreach (var subscription in matches)
            {
                var run = await ctx.LoadRunAsync(subscription.ProcessInstanceId);
                var owner = run.State.Find(subscription.ActivityInstanceId);
                if (owner is not null && ctx.TriggerEvent(run, owner, run.Model.GetNode(subscription.ActivityId), variables))
                {
                    correlated.Add(run.Id);
                }
            }

            return new MessageCorrelationResult(correlated, StartedInstance: false);
        }, failuresRollBack: false, cancellationToken);
    }

    private static async Task<List<MessageSubscriptionRecord>> FindSubscriptionsAsync(CommandContext ctx, MessageCorrelationRequest request, CancellationToken cancellationToken)
    {
        var query = ctx.Db.MessageSubscriptions.AsNoTracking().Where(s => s.MessageName == request.MessageName);
        if (request.BusinessKey is { } businessKey) query = query.Where(s => s.BusinessKey == businessKey);
        if (request.ProcessInstanceId is { } instanceId) query = query.Where(s => s.ProcessInstanceId == instanceId || s.RootInstanceId == instanceId);
        var candidates = await query.OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        if (request.CorrelationKeys is not { Count: > 0 } keys) return candidates;

        var wanted = VariableConversions.From(keys);
        var result = new List<MessageSubscriptionRecord>();
        foreach (var candidate in candidates)
        {
            var run = await ctx.LoadRunAsync(candidate.ProcessInstanceId);
            var root = run.State.Root.Variables;
            if (wanted.All(kv => root is not null && root.TryGetValue(kv.Key, out var v) && SameValue(v, kv.Value))) result.Add(candidate);
        }

        return result;
    }

    private static bool SameValue(VariableValue a, VariableValue b) => (a.Value, b.Value) switch
    {
        (long x, decimal y) => x == y,
        (decimal x, long y) => x == y,
        _ => a.Equals(b),
    };

    private static async Task<MessageCorrelationResult> StartByMessageAsync(
        CommandContext ctx, MessageCorrelationRequest request, Dictionary<string, VariableValue> variables, CancellationToken cancellationToken)
    {
        var keys = await ctx.Db.Definitions.AsNoTracking().Where(d => d.IsExecutable)
            .GroupBy(d => d.Key).Select(g => new { g.Key, Version = g.Max(d => d.Version) }).ToListAsync(cancellationToken);
        var starters = new List<(DeployedDefinition Definition, StartEvent Start)>();
        foreach (var key in keys)
        {
            var definition = await ctx.Definitions.GetByKeyAsync(ctx.Db, key.Key, key.Version, cancellationToken);
            if (definition.Model.MessageStartEvents.TryGetValue(request.MessageName, out var start)) starters.Add((definition, start));
        }

        if (starters.Count != 1 || request.ProcessInstanceId is not null)
        {
            throw new MessageCorrelationException(request.MessageName, starters.Count, starters.Count == 0 || request.ProcessInstanceId is not null
                ? $"No process instance waits for message '{request.MessageName}'{Describe(request)} and no process starts with it."
                : $"Message '{request.MessageName}' starts {starters.Count} processes ({string.Join(", ", starters.Select(s => s.Definition.Key))}); it must start exactly one.");
        }

        var run = ctx.StartInstance(starters[0].Definition, starters[0].Start, request.BusinessKey, variables);
        return new MessageCorrelationResult([run.Id], StartedInstance: true);
    }

    private static string Describe(MessageCorrelationRequest request) =>
        (request.BusinessKey is null ? "" : $" with business key '{request.BusinessKey}'")
        + (request.ProcessInstanceId is null ? "" : $" in instance {request.ProcessInstanceId}")
        + (request.CorrelationKeys is { Count: > 0 } k ? $" with {string.Join(", ", k.Select(kv => $"{kv.Key}={kv.Value}"))}" : "");
}
