using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Model;
using Collections.Engine.Runtime.State;
using Collections.Engine.Variables;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Runtime;

/// <summary>The engine's commands; each is one unit of work through <see cref="CommandExecutor"/>.</summary>
internal sealed partial class ProcessEngine(
    CommandExecutor executor,
    Deployer deployer,
    Jobs.JobRunner jobs) : IProcessEngine
{
    public Task<DeploymentResult> DeployAsync(DeploymentRequest request, CancellationToken cancellationToken) =>
        deployer.DeployAsync(request, cancellationToken);

    public Task<WorkflowFileDeployment> DeployWorkflowFileAsync(WorkflowFileRequest file, CancellationToken cancellationToken) =>
        deployer.DeployWorkflowFileAsync(file, cancellationToken);

    public async Task<ProcessInstanceInfo> StartProcessAsync(StartProcessRequest request, CancellationToken cancellationToken)
    {
        var run = await executor.ExecuteAsync(async ctx =>
        {
            var definition = await ctx.Definitions.GetByKeyAsync(ctx.Db, request.ProcessKey, request.Version, cancellationToken);
            var start = definition.Model.NoneStartEvent ?? throw new InvalidRequestException("process.no-none-start",
                $"Process '{request.ProcessKey}' has no none start event; start it by correlating its start message.");
            return ctx.StartInstance(definition, start, request.BusinessKey, VariableConversions.From(request.Variables));
        }, failuresRollBack: false, cancellationToken);

        // The committed run already holds everything the caller sees; reading it back would cost two more round trips.
        return ProcessQueries.ToInfo(run.Record, run.Definition, run.State.Activities.Count(a => a.Side.HasFlag(State.SideRows.Incident)));
    }

    public async Task ClaimUserTaskAsync(Guid taskId, string userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userId)) throw new InvalidRequestException("task.user-required", "A user id is required to claim a task.", "userId");
        await executor.ExecuteRowsAsync(async db =>
        {
            var task = await db.UserTasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
                ?? throw new NotFoundException("User task", taskId.ToString());
            if (task.Assignee is { } current && current != userId)
            {
                throw new InvalidRequestException("task.already-claimed", $"Task '{task.Name ?? task.TaskDefinitionKey}' is already claimed by '{current}'.");
            }

            task.Assignee = userId;
            return true;
        }, cancellationToken);
    }

    public Task UnclaimUserTaskAsync(Guid taskId, CancellationToken cancellationToken) => SetUserTaskAssigneeAsync(taskId, null, cancellationToken);

    public async Task SetUserTaskAssigneeAsync(Guid taskId, string? userId, CancellationToken cancellationToken) =>
        await executor.ExecuteRowsAsync(async db =>
        {
            var task = await db.UserTasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
                ?? throw new NotFoundException("User task", taskId.ToString());
            task.Assignee = string.IsNullOrWhiteSpace(userId) ? null : userId;
            return true;
        }, cancellationToken);

    public Task CompleteUserTaskAsync(Guid taskId, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(async ctx =>
        {
            var task = await ctx.Db.UserTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
                ?? throw new NotFoundException("User task", taskId.ToString());
            var run = await ctx.LoadRunAsync(task.ProcessInstanceId);
            var ai = run.State.Find(task.ActivityInstanceId) ?? throw new NotFoundException("User task", taskId.ToString());
            var scope = new ScopeVariables(ctx, run, ai);
            var values = FormValidator.Validate((UserTask)run.NodeOf(ai), VariableConversions.From(variables),
                name => scope.TryGetVariable(name, out var v) ? v : null);
            foreach (var (name, value) in values) scope.SetVariable(name, value);
            ai.Assignee = task.Assignee;
            ctx.NoteTaskCompleted(task, values.ToDictionary(v => v.Key, v => v.Value.Value, StringComparer.Ordinal));
            ctx.Enqueue(run, ai, AgendaOperation.Leave);
        }, failuresRollBack: false, cancellationToken);

    public Task SetVariablesAsync(Guid processInstanceId, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(async ctx =>
        {
            var run = await ctx.LoadRunAsync(processInstanceId);
            if (!run.IsActive) throw new InvalidRequestException("instance.ended", $"Process instance '{processInstanceId}' has ended.");
            var root = new ScopeVariables(ctx, run, run.State.Root);
            foreach (var (name, value) in VariableConversions.From(variables)) root.SetVariable(name, value);
        }, failuresRollBack: false, cancellationToken);

    public Task CancelProcessInstanceAsync(Guid processInstanceId, string? reason, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(async ctx =>
        {
            var run = await ctx.LoadRunAsync(processInstanceId);
            if (!run.IsActive) throw new InvalidRequestException("instance.ended", $"Process instance '{processInstanceId}' has already ended.");
            ctx.CancelInstance(run);
        }, failuresRollBack: false, cancellationToken);

    public Task RetryIncidentAsync(Guid incidentId, int retries, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(async ctx =>
        {
            var incident = await ctx.Db.Incidents.FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken)
                ?? throw new NotFoundException("Incident", incidentId.ToString());
            if (incident.ResolvedAt is not null) throw new InvalidRequestException("incident.resolved", $"Incident '{incidentId}' is already resolved.");
            incident.ResolvedAt = ctx.Now;
            var retryCount = Math.Max(1, retries);
            if (incident.JobId is { } jobId)
            {
                await ctx.Db.Jobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.Retries, retryCount).SetProperty(j => j.DueAt, ctx.Now)
                    .SetProperty(j => j.LockOwner, (string?)null).SetProperty(j => j.LockExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(j => j.ExceptionMessage, (string?)null), cancellationToken);
                return;
            }

            var run = await ctx.LoadRunAsync(incident.ProcessInstanceId);
            var ai = incident.ActivityInstanceId is { } aiId ? run.State.Find(aiId) : null;
            if (ai is null) return;
            ai.Side &= ~SideRows.Incident;
            if (ai.TaskId is { } taskId && run.NodeOf(ai) is ExternalTask)
            {
                await ctx.Db.ExternalTasks.Where(t => t.Id == taskId).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Retries, retryCount).SetProperty(t => t.AvailableAt, ctx.Now)
                    .SetProperty(t => t.WorkerId, (string?)null).SetProperty(t => t.LockExpiresAt, (DateTimeOffset?)null), cancellationToken);
            }

            if (ai.Phase == ActivityPhase.Failed && Enum.TryParse<AgendaOperation>(ai.FailedOperation, out var operation))
            {
                ai.Phase = ActivityPhase.Active;
                ctx.Enqueue(run, ai, operation);
            }
        }, failuresRollBack: false, cancellationToken);

    public Task<int> ExecuteDueJobsAsync(CancellationToken cancellationToken) => jobs.ExecuteDueJobsAsync(cancellationToken);
}
