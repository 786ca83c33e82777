using Collections.Engine.Api;
using Collections.Engine.Jobs;
using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.State;

namespace Collections.Engine.Runtime.Migration;

/// <summary>
/// Migrates one loaded instance inside a unit of work (Camunda 7's semantics). <see cref="Prepare"/> checks
/// the instance against a valid plan and evaluates every new timer and message name; <see cref="ApplyAsync"/> then
/// changes the document, the side rows and history and cannot fail on the instance's data.
/// What changes: the definition id and version; every activity instance's element; user tasks keep id, assignee and
/// variables but take the target's name (and so its form); external tasks keep their lock; timers of boundary events,
/// catch events, event-based gateways and event sub-process starts that are mapped keep their due date unless the plan
/// asks to update event triggers, the others are created from the target; message subscriptions are created anew.
/// </summary>
internal sealed class InstanceMigrator(CommandContext context, MigrationPlan plan)
{
    private readonly Dictionary<string, MigrationInstruction> _map = plan.Instructions
        .GroupBy(i => i.SourceActivityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>Loads one instance and its rows into the unit of work, prepares it and, when nothing stands in the way, applies it.</summary>
    public async Task<PreparedMigration> MigrateAsync(Guid processInstanceId, DeployedDefinition target, Guid? batchId)
    {
        var run = await context.LoadRunAsync(processInstanceId);
        var cancellationToken = context.CancellationToken;
        var jobs = await ToListAsync(context.Db.Jobs.Where(j => j.ProcessInstanceId == processInstanceId), cancellationToken);
        var subscriptions = await ToListAsync(context.Db.MessageSubscriptions.Where(s => s.ProcessInstanceId == processInstanceId), cancellationToken);
        var prepared = Prepare(run, target, jobs, subscriptions);
        if (prepared.CanMigrate) await ApplyAsync(prepared, batchId);
        return prepared;
    }

    /// <summary>
    /// Checks <paramref name="run"/> against the plan and works out its changes without making them. The instance's
    /// <paramref name="jobs"/> and <paramref name="subscriptions"/> must be tracked by the unit of work when the result
    /// is applied (kept rows are updated in place).
    /// </summary>
    public PreparedMigration Prepare(ProcessRun run, DeployedDefinition target, IReadOnlyList<JobRecord> jobs, IReadOnlyList<MessageSubscriptionRecord> subscriptions)
    {
        var prepared = new PreparedMigration(run, target);
        if (!run.IsActive)
        {
            prepared.Problems.Add(new("migration.instance-ended", $"The instance has ended ({run.Record.Status})."));
            return prepared;
        }

        if (run.Record.DefinitionId != plan.SourceDefinitionId)
        {
            prepared.Problems.Add(new("migration.wrong-definition",
                $"The instance runs {run.Record.DefinitionKey} version {run.Record.DefinitionVersion}, not the plan's source."));
            return prepared;
        }

        var targets = MapActivities(run, target, prepared);
        if (!prepared.CanMigrate) return prepared;
        foreach (var (ai, targetId) in prepared.Activities)
        {
            var node = targetId == target.Model.Id ? null : target.Model.NodesById[targetId];
            PrepareEvents(prepared, ai, node, jobs, subscriptions, targets);
        }

        return prepared;
    }

    /// <summary>Writes a prepared migration: document, definition, side rows, history. Nothing here evaluates expressions.</summary>
    public async Task ApplyAsync(PreparedMigration prepared, Guid? batchId)
    {
        var run = prepared.Run;
        var from = run.Definition;
        var target = prepared.Target;
        run.MigrateTo(target);
        foreach (var (ai, targetId) in prepared.Activities) ai.ActivityId = targetId;
        foreach (var (job, targetId) in prepared.KeptJobs)
        {
            job.ActivityId = targetId;
            job.DefinitionId = target.Id;
        }

        foreach (var job in prepared.DeletedJobs) context.Db.Jobs.Remove(job);
        foreach (var (subscription, targetId) in prepared.KeptSubscriptions) subscription.ActivityId = targetId;
        foreach (var subscription in prepared.DeletedSubscriptions) context.Db.MessageSubscriptions.Remove(subscription);
        foreach (var (owner, element, schedule) in prepared.NewTimers) context.AddTimerJob(run, owner, element, schedule);
        foreach (var (owner, element, name) in prepared.NewSubscriptions) AddSubscription(run, owner, element, name);
        ResetSideFlags(prepared);
        await RepointRowsAsync(run, target);
        context.Db.MigrationHistory.Add(new HistoricMigrationRecord
        {
            Id = Guid.CreateVersion7(context.Now),
            ProcessInstanceId = run.Id,
            BatchId = batchId,
            FromDefinitionId = from.Id,
            FromVersion = from.Version,
            ToDefinitionId = target.Id,
            ToVersion = target.Version,
            Moves = MigrationJson.WriteMoves(prepared.Moves),
            MigratedAt = context.Now,
        });
    }

    /// <summary>Each activity instance's target, checked: mapped, same kind (plan), and inside the right scope.</summary>
    private Dictionary<string, string> MapActivities(ProcessRun run, DeployedDefinition target, PreparedMigration prepared)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal) { [InstanceState.RootId] = target.Model.Id };
        prepared.Activities.Add((run.State.Root, target.Model.Id));
        foreach (var ai in run.State.Activities.Skip(1))
        {
            var source = run.Model.NodesById.GetValueOrDefault(ai.ActivityId);
            var label = source?.Name is { Length: > 0 } name ? $"'{name}' ({ai.ActivityId})" : $"'{ai.ActivityId}'";
            if (!_map.TryGetValue(ai.ActivityId, out var instruction) || !target.Model.NodesById.TryGetValue(instruction.TargetActivityId, out var to))
            {
                prepared.Problems.Add(new("migration.activity-not-mapped",
                    $"{label} holds a token but is not mapped to an activity of version {target.Version}.", ai.ActivityId));
                continue;
            }

            targets[ai.Id] = to.Id;
            if (!CheckScope(run, ai, to, targets, label, prepared)) continue;
            if (ai.Phase == ActivityPhase.Joining && ai.IncomingFlowId is { } flow && to.Incoming.All(f => f.Id != flow))
            {
                prepared.Problems.Add(new("migration.join-flow-missing",
                    $"{label} waits for its other branches with a token from flow '{flow}', which does not lead to '{to.Id}' in version {target.Version}.", ai.ActivityId));
                continue;
            }

            prepared.Activities.Add((ai, to.Id));
            prepared.Moves.Add(new ActivityMove(ai.ActivityId, source?.Name, to.Id, to.Name));
        }

        return targets;
    }

    /// <summary>
    /// The target must sit in the scope the token's scope becomes: a token at the top level cannot move into a
    /// sub-process the instance has not entered, nor a token inside a sub-process out of it.
    /// </summary>
    private static bool CheckScope(ProcessRun run, ActivityInstanceState ai, FlowNode to, Dictionary<string, string> targets, string label, PreparedMigration prepared)
    {
        var targetScope = MigrationKinds.ScopeIdOf(to);
        var parent = run.State.Find(ai.ParentId!)!;
        if (parent.Id == InstanceState.RootId)
        {
            if (targetScope is null) return true;
            prepared.Problems.Add(new("migration.scope-missing",
                $"{label} waits at the top level, but its target '{to.Id}' lies inside sub-process '{targetScope}', which this instance has not entered.", ai.ActivityId));
            return false;
        }

        if (!targets.TryGetValue(parent.Id, out var parentTarget)) return false; // the scope's own problem is reported
        if (targetScope == parentTarget) return true;
        prepared.Problems.Add(new("migration.scope-mismatch",
            $"{label} waits inside sub-process '{parent.ActivityId}', which becomes '{parentTarget}', but its target '{to.Id}' lies "
            + (targetScope is null ? "at the top level." : $"inside '{targetScope}'."), ai.ActivityId));
        return false;
    }

    /// <summary>
    /// The timers and message subscriptions <paramref name="owner"/> holds. A waiting token (phase Active) gets the
    /// target's events: mapped timers are kept, missing ones computed, messages subscribed anew. A token in another
    /// phase (async, joining, failed) never subscribed, so its rows are only re-pointed or dropped.
    /// </summary>
    private void PrepareEvents(PreparedMigration prepared, ActivityInstanceState owner, FlowNode? targetNode,
        IReadOnlyList<JobRecord> jobs, IReadOnlyList<MessageSubscriptionRecord> subscriptions, Dictionary<string, string> targets)
    {
        var ownedTimers = jobs.Where(j => j.ActivityInstanceId == owner.Id && j.Type == JobTypes.Timer).ToList();
        var ownedSubscriptions = subscriptions.Where(s => s.ActivityInstanceId == owner.Id).ToList();
        foreach (var job in jobs.Where(j => j.ActivityInstanceId == owner.Id && j.Type == JobTypes.AsyncContinuation))
        {
            prepared.KeptJobs.Add((job, targets[owner.Id]));
        }

        var run = prepared.Run;
        if (owner.Phase != ActivityPhase.Active || IsInterrupted(run, owner))
        {
            RepointOrDrop(prepared, ownedTimers, ownedSubscriptions);
            return;
        }

        var kept = new HashSet<JobRecord>();
        foreach (var element in EventsOf(targetNode, targetNode is null ? prepared.Target.Model : null))
        {
            var step = new ExecutionStep(context, run, owner, element);
            switch (element)
            {
                case EventNode { Definition: TimerEventDefinition timer }:
                    var existing = ownedTimers.FirstOrDefault(j => !kept.Contains(j) && TargetOf(j.ActivityId) == element.Id);
                    if (existing is not null && !UpdatesTrigger(existing.ActivityId))
                    {
                        kept.Add(existing);
                        prepared.KeptJobs.Add((existing, element.Id));
                    }
                    else if (Evaluate(prepared, owner, element, () => context.ComputeTimer(step, timer)) is { } schedule)
                    {
                        prepared.NewTimers.Add((owner, element, schedule));
                    }

                    break;
                case EventNode { Definition: MessageEventDefinition message }:
                    AddMessage(prepared, owner, element, step, message.MessageName);
                    break;
                case ReceiveTask { MessageName: { } name }:
                    AddMessage(prepared, owner, element, step, name);
                    break;
            }
        }

        prepared.DeletedJobs.AddRange(ownedTimers.Where(j => !kept.Contains(j)));
        prepared.DeletedSubscriptions.AddRange(ownedSubscriptions);
    }

    /// <summary>The events a waiting token of <paramref name="node"/> (or the process scope) listens to in the target.</summary>
    private static IEnumerable<FlowNode> EventsOf(FlowNode? node, IFlowScope? processScope)
    {
        if (node is Activity activity)
        {
            foreach (var boundary in activity.BoundaryEvents.Where(b => b.Definition is TimerEventDefinition or MessageEventDefinition)) yield return boundary;
        }

        var flowScope = node as IFlowScope ?? processScope;
        if (flowScope is not null)
        {
            foreach (var start in flowScope.EventSubProcesses.Select(e => e.TriggerStartEvent))
            {
                if (start?.Definition is TimerEventDefinition or MessageEventDefinition) yield return start;
            }
        }

        switch (node)
        {
            case IntermediateCatchEvent { Definition: TimerEventDefinition or MessageEventDefinition }:
            case ReceiveTask:
                yield return node;
                break;
            case EventBasedGateway gateway:
                foreach (var next in gateway.Outgoing.Select(f => f.Target))
                {
                    if (next is IntermediateCatchEvent { Definition: TimerEventDefinition or MessageEventDefinition } or ReceiveTask) yield return next;
                }

                break;
        }
    }

    /// <summary>An interrupting event sub-process runs in this scope: the scope stopped listening to its events.</summary>
    private static bool IsInterrupted(ProcessRun run, ActivityInstanceState scope) =>
        run.State.ChildrenOf(scope.Id).Any(c => run.Model.NodesById.GetValueOrDefault(c.ActivityId) is SubProcess { TriggeredByEvent: true, TriggerStartEvent.IsInterrupting: true });

    private void RepointOrDrop(PreparedMigration prepared, List<JobRecord> timers, List<MessageSubscriptionRecord> subscriptions)
    {
        foreach (var job in timers)
        {
            if (TargetOf(job.ActivityId) is { } target) prepared.KeptJobs.Add((job, target));
            else prepared.DeletedJobs.Add(job);
        }

        foreach (var subscription in subscriptions)
        {
            if (TargetOf(subscription.ActivityId) is { } target) prepared.KeptSubscriptions.Add((subscription, target));
            else prepared.DeletedSubscriptions.Add(subscription);
        }
    }

    private void AddMessage(PreparedMigration prepared, ActivityInstanceState owner, FlowNode element, ExecutionStep step, Expression messageName)
    {
        var name = Evaluate(prepared, owner, element, () => step.EvaluateString(messageName) ?? "");
        if (name is null) return;
        if (name.Length == 0)
        {
            prepared.Problems.Add(new("migration.event-trigger-failed", $"The message name of '{element.Id}' evaluated to an empty value.", owner.ActivityId));
            return;
        }

        prepared.NewSubscriptions.Add((owner, element, name));
    }

    /// <summary>Runs an evaluation for a new event; a failure becomes the instance's problem instead of an incident.</summary>
    private static T? Evaluate<T>(PreparedMigration prepared, ActivityInstanceState owner, FlowNode element, Func<T> evaluate) where T : class
    {
        try
        {
            return evaluate();
        }
        catch (Errors.CollectionsException ex)
        {
            prepared.Problems.Add(new("migration.event-trigger-failed", $"The event '{element.Id}' of version {prepared.Target.Version} cannot be set up: {ex.Message}", owner.ActivityId));
            return null;
        }
    }

    private string? TargetOf(string sourceActivityId) => _map.TryGetValue(sourceActivityId, out var i) ? i.TargetActivityId : null;

    private bool UpdatesTrigger(string sourceActivityId) => plan.UpdateEventTriggers || (_map.TryGetValue(sourceActivityId, out var i) && i.UpdateEventTrigger);

    private void AddSubscription(ProcessRun run, ActivityInstanceState owner, FlowNode element, string name) =>
        context.AddSideRow(run, owner, SideRows.MessageSubscriptions, new MessageSubscriptionRecord
        {
            Id = Guid.CreateVersion7(context.Now),
            MessageName = name,
            ProcessInstanceId = run.Id,
            RootInstanceId = run.Record.RootInstanceId,
            BusinessKey = run.Record.BusinessKey,
            ActivityId = element.Id,
            ActivityInstanceId = owner.Id,
            CreatedAt = context.Now,
        });

    /// <summary>Side-row flags follow the rows: an owner whose last timer was dropped no longer claims jobs.</summary>
    private static void ResetSideFlags(PreparedMigration prepared)
    {
        var deletedJobs = prepared.DeletedJobs.Select(j => j.ActivityInstanceId).ToHashSet();
        var deletedSubscriptions = prepared.DeletedSubscriptions.Select(s => s.ActivityInstanceId).ToHashSet();
        var keptJobs = prepared.KeptJobs.Select(j => j.Job.ActivityInstanceId).Concat(prepared.NewTimers.Select(t => t.Owner.Id)).ToHashSet();
        var keptSubscriptions = prepared.KeptSubscriptions.Select(s => s.Subscription.ActivityInstanceId)
            .Concat(prepared.NewSubscriptions.Select(s => s.Owner.Id)).ToHashSet();
        foreach (var (ai, _) in prepared.Activities)
        {
            if (deletedJobs.Contains(ai.Id) && !keptJobs.Contains(ai.Id)) ai.Side &= ~SideRows.Jobs;
            if (deletedSubscriptions.Contains(ai.Id) && !keptSubscriptions.Contains(ai.Id)) ai.Side &= ~SideRows.MessageSubscriptions;
        }
    }

    /// <summary>User tasks, external tasks, the instance's other jobs and open incidents follow their activity instances.</summary>
    private async Task RepointRowsAsync(ProcessRun run, DeployedDefinition target)
    {
        var id = run.Id;
        var cancellationToken = context.CancellationToken;
        foreach (var task in await ToListAsync(context.Db.UserTasks.Where(t => t.ProcessInstanceId == id), cancellationToken))
        {
            if (run.State.Find(task.ActivityInstanceId) is not { } ai) continue;
            task.TaskDefinitionKey = ai.ActivityId;
            task.Name = target.Model.NodesById.GetValueOrDefault(ai.ActivityId)?.Name;
            task.DefinitionId = target.Id;
            task.DefinitionKey = target.Key;
        }

        foreach (var task in await ToListAsync(context.Db.ExternalTasks.Where(t => t.ProcessInstanceId == id), cancellationToken))
        {
            if (run.State.Find(task.ActivityInstanceId) is not { } ai) continue;
            task.ActivityId = ai.ActivityId;
            task.DefinitionId = target.Id;
            task.DefinitionKey = target.Key;
        }

        foreach (var incident in await ToListAsync(context.Db.Incidents.Where(i => i.ProcessInstanceId == id && i.ResolvedAt == null), cancellationToken))
        {
            if (incident.ActivityInstanceId is { } aiId && run.State.Find(aiId) is { } ai) incident.ActivityId = ai.ActivityId;
        }

        foreach (var job in context.Db.Jobs.Local.Where(j => j.ProcessInstanceId == id && j.Type is JobTypes.Timer or JobTypes.AsyncContinuation))
        {
            job.DefinitionId = target.Id;
        }
    }

    private static Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken);
}
