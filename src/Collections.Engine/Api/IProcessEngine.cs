namespace Collections.Engine.Api;

/// <summary>
/// Commands on the engine. Each call is one unit of work: it loads what it needs, runs the process until every
/// token waits, and commits state, jobs, tasks and history in one transaction (DESIGN.md D12).
/// </summary>
public interface IProcessEngine
{
    /// <summary>Parses, validates and stores a BPMN file. Identical XML creates no new version.</summary>
    Task<DeploymentResult> DeployAsync(DeploymentRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Offers a workflow file at start: its content becomes a version only when the file changed since it was last
    /// deployed from the file, and not over a newer version published elsewhere unless the file was written after it.
    /// </summary>
    Task<WorkflowFileDeployment> DeployWorkflowFileAsync(WorkflowFileRequest file, CancellationToken cancellationToken);

    /// <summary>Starts the latest (or a pinned) version of a process by key.</summary>
    Task<ProcessInstanceInfo> StartProcessAsync(StartProcessRequest request, CancellationToken cancellationToken);

    /// <summary>Delivers a message to the one waiting subscription that matches, or starts a process by message start event.</summary>
    Task<MessageCorrelationResult> CorrelateMessageAsync(MessageCorrelationRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Moves on the token that waits at a receive task without a message (Camunda 7's <c>signal</c>); the variables
    /// are set on the process first. Throws <c>execution.not-waiting</c> when no token waits there for a trigger.
    /// </summary>
    Task TriggerAsync(Guid processInstanceId, string activityId, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken);

    Task ClaimUserTaskAsync(Guid taskId, string userId, CancellationToken cancellationToken);

    Task UnclaimUserTaskAsync(Guid taskId, CancellationToken cancellationToken);

    /// <summary>Sets the assignee directly (delegation by a manager), or clears it with null.</summary>
    Task SetUserTaskAssigneeAsync(Guid taskId, string? userId, CancellationToken cancellationToken);

    /// <summary>Completes a user task; the variables are validated against its form fields and set on the process.</summary>
    Task CompleteUserTaskAsync(Guid taskId, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken);

    Task<IReadOnlyList<LockedExternalTask>> FetchAndLockAsync(FetchAndLockRequest request, CancellationToken cancellationToken);

    Task CompleteExternalTaskAsync(Guid taskId, string workerId, IReadOnlyDictionary<string, object?>? variables, IReadOnlyDictionary<string, object?>? localVariables, CancellationToken cancellationToken);

    /// <summary>Reports a failure; with retries left the task is fetched again after <paramref name="retryTimeout"/>, with 0 an incident opens.</summary>
    Task FailExternalTaskAsync(Guid taskId, string workerId, string errorMessage, string? errorDetails, int retries, TimeSpan retryTimeout, CancellationToken cancellationToken);

    /// <summary>Throws a BPMN error at the external task; a matching error boundary or event sub-process catches it.</summary>
    Task ThrowBpmnErrorAsync(Guid taskId, string workerId, string errorCode, string? errorMessage, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken);

    Task ExtendExternalTaskLockAsync(Guid taskId, string workerId, TimeSpan newDuration, CancellationToken cancellationToken);

    Task UnlockExternalTaskAsync(Guid taskId, CancellationToken cancellationToken);

    /// <summary>Sets variables on the root scope of a running instance.</summary>
    Task SetVariablesAsync(Guid processInstanceId, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken);

    /// <summary>Ends a running instance (and its called instances) without taking any further flow.</summary>
    Task CancelProcessInstanceAsync(Guid processInstanceId, string? reason, CancellationToken cancellationToken);

    /// <summary>Resolves an incident: the failed step runs again (for a failed job, retries are set to <paramref name="retries"/>).</summary>
    Task RetryIncidentAsync(Guid incidentId, int retries, CancellationToken cancellationToken);

    /// <summary>
    /// Runs every job that is due now, in due order, until none is due; returns how many ran.
    /// The hosted job executor calls the same code; tests and the simulator call it after moving the clock.
    /// </summary>
    Task<int> ExecuteDueJobsAsync(CancellationToken cancellationToken);
}
