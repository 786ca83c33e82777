using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Persistence;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.State;
using Collections.Engine.Variables;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Runtime;

/// <summary>External tasks in Camunda 7's lock model: fetch-and-lock, then complete, fail or throw a BPMN error.</summary>
internal sealed partial class ProcessEngine
{
    public async Task<IReadOnlyList<LockedExternalTask>> FetchAndLockAsync(FetchAndLockRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.WorkerId)) throw new InvalidRequestException("external-task.worker-required", "workerId is required.", "workerId");
        if (request.MaxTasks <= 0 || request.Topics.Count == 0) return [];
        return await executor.ExecuteRowsAsync(async db =>
        {
            var now = executor.Now;
            var topicNames = request.Topics.Select(t => t.TopicName).ToList();
            var query = db.ExternalTasks.AsNoTracking()
                .Where(t => topicNames.Contains(t.Topic) && (t.LockExpiresAt == null || t.LockExpiresAt < now)
                    && (t.Retries == null || t.Retries > 0) && t.AvailableAt <= now);
            query = request.UsePriority ? query.OrderByDescending(t => t.Priority).ThenBy(t => t.CreatedAt) : query.OrderBy(t => t.CreatedAt);
            var candidates = await query.Take(request.MaxTasks * 4).ToListAsync(cancellationToken);
            var locked = new List<LockedExternalTask>();
            foreach (var task in candidates)
            {
                if (locked.Count >= request.MaxTasks) break;
                var topic = request.Topics.First(t => t.TopicName == task.Topic);
                if ((topic.BusinessKey is { } bk && bk != task.BusinessKey) || (topic.ProcessDefinitionKey is { } dk && dk != task.DefinitionKey)) continue;
                var expires = now + topic.LockDuration;
                var won = await db.ExternalTasks.Where(t => t.Id == task.Id && t.Version == task.Version).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.WorkerId, request.WorkerId).SetProperty(t => t.LockExpiresAt, expires)
                    .SetProperty(t => t.Version, task.Version + 1), cancellationToken);
                if (won == 0) continue;
                task.WorkerId = request.WorkerId;
                task.LockExpiresAt = expires;
                locked.Add(new LockedExternalTask(ProcessQueries.ToInfo(task), await ReadVariablesAsync(db, task, topic, cancellationToken)));
            }

            return (IReadOnlyList<LockedExternalTask>)locked;
        }, cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<string, VariableValue>> ReadVariablesAsync(
        EngineDbContext db, ExternalTaskRecord task, FetchTopic topic, CancellationToken cancellationToken)
    {
        var document = await db.Instances.AsNoTracking().Where(i => i.Id == task.ProcessInstanceId).Select(i => i.Document).FirstAsync(cancellationToken);
        var state = InstanceStateSerializer.Deserialize(document);
        var visible = new Dictionary<string, VariableValue>(StringComparer.Ordinal);
        for (var ai = state.Find(task.ActivityInstanceId); ai is not null; ai = ai.ParentId is { } p ? state.Find(p) : null)
        {
            if (ai.Variables is not null) foreach (var (k, v) in ai.Variables) visible.TryAdd(k, v);
            if (topic.LocalVariables) break;
        }

        return topic.Variables is null ? visible : visible.Where(kv => topic.Variables.Contains(kv.Key)).ToDictionary();
    }

    public Task CompleteExternalTaskAsync(Guid taskId, string workerId, IReadOnlyDictionary<string, object?>? variables,
        IReadOnlyDictionary<string, object?>? localVariables, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(async ctx =>
        {
            var (run, ai) = await TakeOverAsync(ctx, taskId, workerId, cancellationToken);
            var scope = new ScopeVariables(ctx, run, ai);
            foreach (var (name, value) in VariableConversions.From(variables)) scope.SetVariable(name, value);
            foreach (var (name, value) in VariableConversions.From(localVariables)) scope.SetVariableLocal(name, value);
            ctx.Enqueue(run, ai, AgendaOperation.Leave);
        }, failuresRollBack: false, cancellationToken);

    public Task FailExternalTaskAsync(Guid taskId, string workerId, string errorMessage, string? errorDetails, int retries,
        TimeSpan retryTimeout, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(async ctx =>
        {
            var (run, ai) = await TakeOverAsync(ctx, taskId, workerId, cancellationToken);
            var left = Math.Max(0, retries);
            await ctx.Db.ExternalTasks.Where(t => t.Id == taskId).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Retries, left).SetProperty(t => t.ErrorMessage, Truncate(errorMessage, 4000))
                .SetProperty(t => t.ErrorDetails, errorDetails).SetProperty(t => t.AvailableAt, ctx.Now + retryTimeout)
                .SetProperty(t => t.WorkerId, (string?)null).SetProperty(t => t.LockExpiresAt, (DateTimeOffset?)null), cancellationToken);
            if (left == 0)
            {
                ctx.RaiseIncident(run, ai, IncidentTypes.FailedExternalTask,
                    $"External task '{ai.ActivityId}' failed with no retries left: {errorMessage}", null, externalTaskId: taskId);
            }
        }, failuresRollBack: false, cancellationToken);

    public Task ThrowBpmnErrorAsync(Guid taskId, string workerId, string errorCode, string? errorMessage,
        IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(async ctx =>
        {
            if (string.IsNullOrWhiteSpace(errorCode)) throw new InvalidRequestException("bpmn-error.code-required", "errorCode is required.", "errorCode");
            var (run, ai) = await TakeOverAsync(ctx, taskId, workerId, cancellationToken);
            var scope = new ScopeVariables(ctx, run, ai);
            foreach (var (name, value) in VariableConversions.From(variables)) scope.SetVariable(name, value);
            await ctx.ThrowBpmnErrorAsync(run, ai, errorCode, errorMessage);
        }, failuresRollBack: false, cancellationToken);

    public Task ExtendExternalTaskLockAsync(Guid taskId, string workerId, TimeSpan newDuration, CancellationToken cancellationToken) =>
        executor.ExecuteRowsAsync(async db =>
        {
            var task = await LockedByAsync(db, taskId, workerId, cancellationToken);
            task.LockExpiresAt = executor.Now + newDuration;
            task.Version++;
            return true;
        }, cancellationToken);

    public Task UnlockExternalTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        executor.ExecuteRowsAsync(async db =>
        {
            var task = await db.ExternalTasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
                ?? throw new NotFoundException("External task", taskId.ToString());
            task.WorkerId = null;
            task.LockExpiresAt = null;
            task.Version++;
            return true;
        }, cancellationToken);

    /// <summary>Checks the worker still holds the lock and claims the row for this transaction (another worker's late report loses).</summary>
    private static async Task<(ProcessRun Run, ActivityInstanceState Ai)> TakeOverAsync(CommandContext ctx, Guid taskId, string workerId, CancellationToken cancellationToken)
    {
        var task = await LockedByAsync(ctx.Db, taskId, workerId, cancellationToken);
        var claimed = await ctx.Db.ExternalTasks.Where(t => t.Id == taskId && t.WorkerId == workerId && t.Version == task.Version)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Version, task.Version + 1), cancellationToken);
        if (claimed == 0) throw new ExternalTaskLockException(taskId, workerId, $"External task {taskId} was taken by another worker meanwhile.");
        ctx.Db.Entry(task).State = EntityState.Detached;
        var run = await ctx.LoadRunAsync(task.ProcessInstanceId);
        var ai = run.State.Find(task.ActivityInstanceId) ?? throw new NotFoundException("External task", taskId.ToString());
        return (run, ai);
    }

    private static async Task<ExternalTaskRecord> LockedByAsync(EngineDbContext db, Guid taskId, string workerId, CancellationToken cancellationToken)
    {
        var task = await db.ExternalTasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            ?? throw new NotFoundException("External task", taskId.ToString());
        if (task.WorkerId != workerId)
        {
            throw new ExternalTaskLockException(taskId, workerId, task.WorkerId is null
                ? $"External task {taskId} is not locked by worker '{workerId}' (its lock expired or it was never fetched)."
                : $"External task {taskId} is locked by another worker; the report of worker '{workerId}' is not applied.");
        }

        return task;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
