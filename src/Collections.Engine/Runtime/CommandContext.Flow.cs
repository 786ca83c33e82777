using Collections.Engine.Jobs;
using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.Behaviors;
using Collections.Engine.Runtime.State;

namespace Collections.Engine.Runtime;

/// <summary>Tokens moving: enter, execute, leave, end, and scopes completing.</summary>
internal sealed partial class CommandContext
{
    /// <summary>Starts a new instance at <paramref name="startEvent"/> (the none start event unless a message or timer started it).</summary>
    public ProcessRun StartInstance(
        DeployedDefinition definition,
        StartEvent startEvent,
        string? businessKey,
        IReadOnlyDictionary<string, Variables.VariableValue>? variables,
        ProcessRun? parent = null)
    {
        if (!definition.Model.IsExecutable)
        {
            throw new Errors.InvalidRequestException("definition.not-executable",
                $"Process '{definition.Key}' version {definition.Version} is not executable (isExecutable=\"false\"); it is stored for viewing only.");
        }

        var run = CreateRun(definition, businessKey, parent);
        var root = run.State.Root;
        if (variables is not null)
        {
            foreach (var (name, value) in variables) WriteVariable(run, root, name, value);
        }

        InitializeScope(run, root, definition.Model);
        var startAi = NewActivityInstance(run, startEvent, root);
        Enqueue(run, startAi, AgendaOperation.Leave);
        return run;
    }

    /// <summary>Runs the agenda until every token waits. Inclusive joins are re-checked whenever it empties.</summary>
    public async Task RunAgendaAsync()
    {
        do
        {
            while (_agenda.TryDequeue(out var item))
            {
                CancellationToken.ThrowIfCancellationRequested();
                if (!item.Run.State.Activities.Contains(item.Ai)) continue; // canceled while queued
                await RunItemAsync(item);
            }
        }
        while (FireReadyInclusiveJoins());
    }

    private async Task RunItemAsync(AgendaItem item)
    {
        try
        {
            switch (item.Operation)
            {
                case AgendaOperation.Execute: await ExecuteAsync(item.Run, item.Ai); break;
                case AgendaOperation.Leave: await LeaveAsync(item.Run, item.Ai, continueAfter: false); break;
                case AgendaOperation.ContinueAfter: await LeaveAsync(item.Run, item.Ai, continueAfter: true); break;
            }
        }
        catch (Exception ex) when (!FailuresRollBack && ex is not OperationCanceledException && ex is not Errors.ConcurrencyConflictException)
        {
            _leaving.Remove(item.Ai);
            RaiseIncident(item.Run, item.Ai, IncidentTypes.FailedExecution, ex.Message, item.Operation.ToString());
        }
    }

    /// <summary>A token arrives at <paramref name="node"/> inside <paramref name="scope"/>.</summary>
    public void Enter(ProcessRun run, FlowNode node, ActivityInstanceState scope, SequenceFlow? via)
    {
        var ai = NewActivityInstance(run, node, scope);
        ai.IncomingFlowId = via?.Id;
        if (node.AsyncBefore)
        {
            ai.Phase = ActivityPhase.AsyncBefore;
            AddAsyncJob(run, ai, node, AsyncContinuationPayload.Before);
            return;
        }

        Enqueue(run, ai, AgendaOperation.Execute);
    }

    public ActivityInstanceState NewActivityInstance(ProcessRun run, FlowNode node, ActivityInstanceState scope)
    {
        var ai = new ActivityInstanceState
        {
            Id = run.State.NewId(), ActivityId = node.Id, ParentId = scope.Id, Phase = ActivityPhase.Active, StartedAt = Now,
        };
        run.State.Activities.Add(ai);
        _createdHere.Add((run.Id, ai.Id));
        return ai;
    }

    private async Task ExecuteAsync(ProcessRun run, ActivityInstanceState ai)
    {
        var node = run.NodeOf(ai);
        var step = new ExecutionStep(this, run, ai, node);
        var boundaryTimers = node is Activity activity ? EvaluateBoundaryTimers(step, activity) : [];
        ApplyInputMappings(step);
        ai.Phase = ActivityPhase.Active;
        ai.FailedOperation = null;
        await BehaviorRegistry.For(node).ExecuteAsync(step);
        if (node is Activity withBoundaries && run.State.Activities.Contains(ai) && !IsLeaving(ai))
        {
            SubscribeBoundaryEvents(step, withBoundaries, boundaryTimers);
        }
    }

    private async Task LeaveAsync(ProcessRun run, ActivityInstanceState ai, bool continueAfter)
    {
        _leaving.Remove(ai);
        var node = run.NodeOf(ai);
        var step = new ExecutionStep(this, run, ai, node);
        if (!continueAfter)
        {
            ApplyOutputMappings(step);
            if (node.AsyncAfter)
            {
                ai.Phase = ActivityPhase.AsyncAfter;
                ReleaseSideRows(run, ai);
                ai.Side &= SideRows.Incident;
                AddAsyncJob(run, ai, node, AsyncContinuationPayload.After);
                return;
            }
        }

        var behavior = BehaviorRegistry.For(node);
        var flows = behavior.SelectOutgoing(step);
        var scope = run.State.Find(ai.ParentId!)!;
        EndActivity(run, ai, canceled: false);
        await behavior.AfterEndAsync(step);
        TakeFlows(run, flows, scope);
    }

    /// <summary>Takes the given flows from a scope; with none, the token is consumed and the scope may complete.</summary>
    public void TakeFlows(ProcessRun run, IReadOnlyList<SequenceFlow> flows, ActivityInstanceState scope)
    {
        foreach (var flow in flows) Enter(run, flow.Target, scope, flow);
        if (flows.Count == 0) CheckScopeCompletion(run, scope);
    }

    /// <summary>Ends an activity instance: history row, side rows released, token removed.</summary>
    public void EndActivity(ProcessRun run, ActivityInstanceState ai, bool canceled)
    {
        ReleaseSideRows(run, ai);
        ai.Side = SideRows.None;
        _leaving.Remove(ai);

        // The root scope stays in the document after the instance ends: its variables remain readable.
        if (ai.Id == InstanceState.RootId) return;
        run.State.Activities.Remove(ai);
        var node = run.Model.NodesById.GetValueOrDefault(ai.ActivityId);
        Db.ActivityHistory.Add(new HistoricActivityRecord
        {
            ProcessInstanceId = run.Id,
            ActivityInstanceId = ai.Id,
            ActivityId = ai.ActivityId,
            ActivityName = node?.Name,
            ActivityType = node?.ElementKind ?? "unknown",
            StartedAt = ai.StartedAt,
            EndedAt = Now,
            Canceled = canceled,
            Assignee = ai.Assignee,
            TaskId = ai.TaskId,
        });
    }

    /// <summary>When a scope has no tokens left it completes: a sub-process leaves, the process ends.</summary>
    public void CheckScopeCompletion(ProcessRun run, ActivityInstanceState scope)
    {
        if (!run.IsActive || !run.State.Activities.Contains(scope) || run.State.ChildrenOf(scope.Id).Any()) return;
        if (scope.Id == InstanceState.RootId)
        {
            CompleteInstance(run);
            return;
        }

        Enqueue(run, scope, AgendaOperation.Leave);
    }

    /// <summary>Creates the subscriptions of a scope's event sub-processes (message and timer starts).</summary>
    public void InitializeScope(ProcessRun run, ActivityInstanceState scopeAi, IFlowScope scope)
    {
        foreach (var eventSubProcess in scope.EventSubProcesses)
        {
            if (eventSubProcess.TriggerStartEvent is not { } start) continue;
            var step = new ExecutionStep(this, run, scopeAi, start);
            switch (start.Definition)
            {
                case MessageEventDefinition message: Subscribe(step, scopeAi, start, message); break;
                case TimerEventDefinition timer: AddTimerJob(run, scopeAi, start, ComputeTimer(step, timer)); break;
            }
        }
    }

    private void CompleteInstance(ProcessRun run)
    {
        var root = run.State.Root;
        EndActivity(run, root, canceled: false);
        run.Record.Status = InstanceStatuses.Completed;
        run.Record.EndedAt = Now;
        if (run.Record.ParentInstanceId is { } parentId) _pendingParentResumes.Add((parentId, run));
    }

    private readonly List<(Guid ParentId, ProcessRun Child)> _pendingParentResumes = [];

    /// <summary>Called instances that ended hand back to their call activity (loaded lazily: it may be another row).</summary>
    public async Task<bool> ResumeParentsAsync()
    {
        if (_pendingParentResumes.Count == 0) return false;
        var pending = _pendingParentResumes.ToList();
        _pendingParentResumes.Clear();
        foreach (var (parentId, child) in pending)
        {
            var parent = await LoadRunAsync(parentId);
            var callAi = parent.State.Activities.FirstOrDefault(a => a.CalledInstanceId == child.Id);
            if (callAi is null || !parent.IsActive) continue;
            CallActivityBehavior.ApplyOutMappings(this, parent, callAi, child);
            Enqueue(parent, callAi, AgendaOperation.Leave);
        }

        return true;
    }

    /// <summary>Runs the agenda, then hands ended children back to their parents, until everything waits.</summary>
    public async Task SettleAsync()
    {
        do
        {
            await RunAgendaAsync();
            await CancelPendingChildrenAsync();
        }
        while (await ResumeParentsAsync() || _agenda.Count > 0);
    }

    private void ApplyInputMappings(ExecutionStep step)
    {
        var inputs = step.Node.InputOutput.Inputs;
        if (inputs.Count == 0) return;
        var parentScope = step.Run.State.Find(step.Ai.ParentId!)!;
        var outer = new ExecutionStep(this, step.Run, parentScope, step.Node);
        var values = inputs.Select(p => (p.Name, Value: ParameterEvaluator.Evaluate(outer, p.Value))).ToList();
        foreach (var (name, value) in values) WriteVariable(step.Run, step.Ai, name, value);
    }

    private void ApplyOutputMappings(ExecutionStep step)
    {
        var outputs = step.Node.InputOutput.Outputs;
        if (outputs.Count == 0) return;
        var values = outputs.Select(p => (p.Name, Value: ParameterEvaluator.Evaluate(step, p.Value))).ToList();
        var parentScope = step.Run.State.Find(step.Ai.ParentId!)!;
        var target = new ScopeVariables(this, step.Run, parentScope);
        foreach (var (name, value) in values) target.SetVariable(name, value);
    }

    private void AddAsyncJob(ProcessRun run, ActivityInstanceState ai, FlowNode node, string payload) =>
        AddSideRow(run, ai, SideRows.Jobs, new JobRecord
        {
            Id = Guid.CreateVersion7(Now),
            Type = JobTypes.AsyncContinuation,
            ProcessInstanceId = run.Id,
            RootInstanceId = run.Record.RootInstanceId,
            DefinitionId = run.Definition.Id,
            ActivityId = node.Id,
            ActivityInstanceId = ai.Id,
            DueAt = Now,
            Exclusive = node.Exclusive,
            Retries = RetryPolicy.InitialRetries(node),
            Payload = payload,
            CreatedAt = Now,
        });
}
