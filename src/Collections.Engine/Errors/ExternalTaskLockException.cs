namespace Collections.Engine.Errors;

/// <summary>A worker reported on an external task it no longer holds (lock expired and taken, or another worker).</summary>
public sealed class ExternalTaskLockException(Guid taskId, string workerId, string message)
    : CollectionsException("external-task.lock-lost", message)
{
    public Guid TaskId { get; } = taskId;

    public string WorkerId { get; } = workerId;
}
