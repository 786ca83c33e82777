using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.State;
using Collections.Engine.Variables;

namespace Collections.Engine.Runtime;

/// <summary>Cancellation, BPMN errors and incidents.</summary>
internal sealed partial class CommandContext
{
    private readonly List<Guid> _childrenToCancel = [];

    /// <summary>Cancels a token and everything inside it; a call activity's child instance is canceled too.</summary>
    public void Cancel(ProcessRun run, ActivityInstanceState ai)
    {
        foreach (var child in run.State.ChildrenOf(ai.Id).ToList()) Cancel(run, child);
        if (ai.CalledInstanceId is { } childId) _childrenToCancel.Add(childId);
        EndActivity(run, ai, canceled: true);
    }

    /// <summary>Ends an instance without taking further flows.</summary>
    public void CancelInstance(ProcessRun run)
    {
        if (!run.IsActive) return;
        foreach (var child in run.State.ChildrenOf(InstanceState.RootId).ToList()) Cancel(run, child);
        EndActivity(run, run.State.Root, canceled: true);
        run.Record.Status = InstanceStatuses.Canceled;
        run.Record.EndedAt = Now;
    }

    /// <summary>Cancels the child instances of canceled call activities (they are other rows, loaded here).</summary>
    public async Task CancelPendingChildrenAsync()
    {
        while (_childrenToCancel.Count > 0)
        {
            var id = _childrenToCancel[^1];
            _childrenToCancel.RemoveAt(_childrenToCancel.Count - 1);
            CancelInstance(await LoadRunAsync(id));
        }
    }

    /// <summary>
    /// Throws a BPMN error from <paramref name="source"/>: the nearest matching error boundary event or error event
    /// sub-process catches it, walking out through scopes and call activities (BPMN 2.0.2 §10.5.6).
    /// Uncaught, it opens an incident at the source (Collections differs from Camunda here: see docs/architecture.md).
    /// </summary>
    public async Task ThrowBpmnErrorAsync(ProcessRun run, ActivityInstanceState source, string errorCode, string? errorMessage)
    {
        var (currentRun, current) = (run, source);
        var checkOwnBoundaries = run.NodeOf(source) is Activity;
        while (true)
        {
            if (checkOwnBoundaries && current.Id != InstanceState.RootId && currentRun.NodeOf(current) is Activity activity
                && FindBoundary(activity, errorCode) is { } boundary)
            {
                CatchWithBoundary(currentRun, current, boundary, errorCode, errorMessage);
                return;
            }

            checkOwnBoundaries = true;
            var scopeAi = current.ParentId is { } p ? currentRun.State.Find(p) : null;
            if (scopeAi is null)
            {
                if (currentRun.Record.ParentInstanceId is not { } parentId) break;
                var parent = await LoadRunAsync(parentId);
                var callAi = parent.State.Activities.FirstOrDefault(a => a.CalledInstanceId == currentRun.Id);
                if (callAi is null) break;
                (currentRun, current) = (parent, callAi);
                continue;
            }

            var scope = scopeAi.Id == InstanceState.RootId ? (IFlowScope)currentRun.Model : (IFlowScope)currentRun.NodeOf(scopeAi);
            if (FindEventSubProcess(scope, errorCode) is { } esp)
            {
                SetErrorVariables(currentRun, (ErrorEventDefinition)esp.TriggerStartEvent!.Definition!, errorCode, errorMessage);
                StartEventSubProcess(currentRun, scopeAi, esp, esp.TriggerStartEvent!);
                return;
            }

            current = scopeAi;
        }

        RaiseIncident(run, source, IncidentTypes.UnhandledBpmnError,
            $"BPMN error '{errorCode}'{(errorMessage is null ? "" : $" ({errorMessage})")} thrown at '{source.ActivityId}' is not caught by any error boundary event or event sub-process.",
            null);
    }

    private void CatchWithBoundary(ProcessRun run, ActivityInstanceState owner, BoundaryEvent boundary, string code, string? message)
    {
        SetErrorVariables(run, (ErrorEventDefinition)boundary.Definition!, code, message);
        var scope = run.State.Find(owner.ParentId!)!;
        Cancel(run, owner);
        Enqueue(run, NewActivityInstance(run, boundary, scope), AgendaOperation.Leave);
    }

    private void SetErrorVariables(ProcessRun run, ErrorEventDefinition definition, string code, string? message)
    {
        var root = new ScopeVariables(this, run, run.State.Root);
        if (definition.ErrorCodeVariable is { } codeVar) root.SetVariable(codeVar, VariableValue.String(code));
        if (definition.ErrorMessageVariable is { } msgVar) root.SetVariable(msgVar, message is null ? VariableValue.Null : VariableValue.String(message));
    }

    private static BoundaryEvent? FindBoundary(Activity activity, string code) =>
        activity.BoundaryEvents.FirstOrDefault(b => b.Definition is ErrorEventDefinition e && e.ErrorCode == code)
        ?? activity.BoundaryEvents.FirstOrDefault(b => b.Definition is ErrorEventDefinition { ErrorCode: null });

    private static SubProcess? FindEventSubProcess(IFlowScope scope, string code) =>
        scope.EventSubProcesses.FirstOrDefault(s => s.TriggerStartEvent?.Definition is ErrorEventDefinition e && e.ErrorCode == code)
        ?? scope.EventSubProcesses.FirstOrDefault(s => s.TriggerStartEvent?.Definition is ErrorEventDefinition { ErrorCode: null });

    /// <summary>Stops a token with an incident; retrying the incident re-runs <paramref name="failedOperation"/>.</summary>
    public IncidentRecord RaiseIncident(ProcessRun run, ActivityInstanceState ai, string type, string message, string? failedOperation,
        Guid? jobId = null, Guid? externalTaskId = null)
    {
        if (failedOperation is not null)
        {
            ai.Phase = ActivityPhase.Failed;
            ai.FailedOperation = failedOperation;
        }

        ai.Side |= SideRows.Incident;
        var incident = new IncidentRecord
        {
            Id = Guid.CreateVersion7(Now),
            Type = type,
            ProcessInstanceId = run.Id,
            RootInstanceId = run.Record.RootInstanceId,
            ActivityId = ai.ActivityId,
            ActivityInstanceId = ai.Id,
            JobId = jobId,
            ExternalTaskId = externalTaskId,
            Message = message.Length > 4000 ? message[..4000] : message,
            CreatedAt = Now,
        };
        Db.Incidents.Add(incident);
        return incident;
    }
}
