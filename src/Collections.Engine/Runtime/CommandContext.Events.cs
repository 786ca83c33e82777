using Collections.Engine.Jobs;
using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.State;
using Collections.Engine.Timing;
using Collections.Engine.Variables;

namespace Collections.Engine.Runtime;

/// <summary>Timers and message subscriptions: creating them, and what happens when one fires.</summary>
internal sealed partial class CommandContext
{
    /// <summary>Evaluates a timer definition at <see cref="Now"/> (the value may be <c>${...}</c> or a date variable).</summary>
    public TimerSchedule ComputeTimer(ExecutionStep step, TimerEventDefinition timer)
    {
        var value = step.Evaluate(timer.Value);
        var text = value.Value is DateTimeOffset date ? date.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : value.AsString();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new Errors.TimerFormatException(text ?? "", $"Timer of '{step.Node.Id}' evaluated to an empty value ('{timer.Value.Text}').");
        }

        return TimerCalculator.First(timer.Kind, text.Trim(), Now);
    }

    public void AddTimerJob(ProcessRun run, ActivityInstanceState owner, FlowNode timerElement, TimerSchedule schedule) =>
        AddSideRow(run, owner, SideRows.Jobs, new JobRecord
        {
            Id = Guid.CreateVersion7(Now),
            Type = JobTypes.Timer,
            ProcessInstanceId = run.Id,
            RootInstanceId = run.Record.RootInstanceId,
            DefinitionId = run.Definition.Id,
            ActivityId = timerElement.Id,
            ActivityInstanceId = owner.Id,
            DueAt = schedule.DueAt,
            Exclusive = true,
            Retries = RetryPolicy.InitialRetries(timerElement),
            Payload = TimerPayload.From(schedule),
            CreatedAt = Now,
        });

    /// <summary>Subscribes <paramref name="owner"/> to the message of <paramref name="element"/>.</summary>
    public void Subscribe(ExecutionStep step, ActivityInstanceState owner, FlowNode element, MessageEventDefinition message) =>
        Subscribe(step, owner, element, message.MessageName);

    public void Subscribe(ExecutionStep step, ActivityInstanceState owner, FlowNode element, Expression messageName)
    {
        var name = step.EvaluateString(messageName);
        if (string.IsNullOrEmpty(name))
        {
            throw new Errors.InvalidRequestException("message.name-empty", $"Message name of '{element.Id}' evaluated to an empty value.");
        }

        AddSideRow(step.Run, owner, SideRows.MessageSubscriptions, new MessageSubscriptionRecord
        {
            Id = Guid.CreateVersion7(Now),
            MessageName = name,
            ProcessInstanceId = step.Run.Id,
            RootInstanceId = step.Run.Record.RootInstanceId,
            BusinessKey = step.Run.Record.BusinessKey,
            ActivityId = element.Id,
            ActivityInstanceId = owner.Id,
            CreatedAt = Now,
        });
    }

    private List<(BoundaryEvent Event, TimerSchedule Schedule)> EvaluateBoundaryTimers(ExecutionStep step, Activity activity)
    {
        var result = new List<(BoundaryEvent, TimerSchedule)>();
        foreach (var boundary in activity.BoundaryEvents)
        {
            if (boundary.Definition is TimerEventDefinition timer) result.Add((boundary, ComputeTimer(step, timer)));
        }

        return result;
    }

    private void SubscribeBoundaryEvents(ExecutionStep step, Activity activity, List<(BoundaryEvent Event, TimerSchedule Schedule)> timers)
    {
        foreach (var (boundary, schedule) in timers) AddTimerJob(step.Run, step.Ai, boundary, schedule);
        foreach (var boundary in activity.BoundaryEvents)
        {
            if (boundary.Definition is MessageEventDefinition message) Subscribe(step, step.Ai, boundary, message);
        }
    }

    /// <summary>
    /// A timer or message fired for <paramref name="element"/>, owned by <paramref name="owner"/>. Returns false
    /// when the event no longer applies (its owner ended). Non-interrupting events leave the owner in place.
    /// </summary>
    public bool TriggerEvent(ProcessRun run, ActivityInstanceState owner, FlowNode element, IReadOnlyDictionary<string, VariableValue>? variables)
    {
        if (!run.IsActive || !run.State.Activities.Contains(owner)) return false;
        var ownerNode = owner.Id == InstanceState.RootId ? null : run.NodeOf(owner);
        switch (element)
        {
            case BoundaryEvent boundary:
                SetEventVariables(run, variables);
                var scope = run.State.Find(owner.ParentId!)!;
                if (boundary.CancelActivity) Cancel(run, owner);
                Enqueue(run, NewActivityInstance(run, boundary, scope), AgendaOperation.Leave);
                return true;
            case StartEvent { Scope: SubProcess eventSubProcess } start when eventSubProcess.TriggeredByEvent:
                SetEventVariables(run, variables);
                StartEventSubProcess(run, owner, eventSubProcess, start);
                return true;
            case not null when ownerNode is EventBasedGateway:
                SetEventVariables(run, variables);
                var gatewayScope = run.State.Find(owner.ParentId!)!;
                EndActivity(run, owner, canceled: false);
                Enqueue(run, NewActivityInstance(run, element, gatewayScope), AgendaOperation.Leave);
                return true;
            default:
                SetEventVariables(run, variables);
                ReleaseSideRows(run, owner);
                owner.Side &= SideRows.Incident;
                Enqueue(run, owner, AgendaOperation.Leave);
                return true;
        }
    }

    /// <summary>Starts an event sub-process in the scope <paramref name="scopeAi"/>; an interrupting start cancels the scope's tokens first.</summary>
    public void StartEventSubProcess(ProcessRun run, ActivityInstanceState scopeAi, SubProcess eventSubProcess, StartEvent start)
    {
        if (start.IsInterrupting)
        {
            foreach (var child in run.State.ChildrenOf(scopeAi.Id).ToList()) Cancel(run, child);
            ReleaseSideRows(run, scopeAi);
            scopeAi.Side &= SideRows.Incident;
        }

        var subAi = NewActivityInstance(run, eventSubProcess, scopeAi);
        InitializeScope(run, subAi, eventSubProcess);
        Enqueue(run, NewActivityInstance(run, start, subAi), AgendaOperation.Leave);
    }

    private void SetEventVariables(ProcessRun run, IReadOnlyDictionary<string, VariableValue>? variables)
    {
        if (variables is null) return;
        var root = new ScopeVariables(this, run, run.State.Root);
        foreach (var (name, value) in variables) root.SetVariable(name, value);
    }
}
