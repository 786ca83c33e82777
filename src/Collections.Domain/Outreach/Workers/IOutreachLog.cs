namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// Sends already made, keyed by (process instance, activity instance): a task fetched again after a crash or an
/// expired lock finds its send here and completes without sending twice.
/// </summary>
public interface IOutreachLog
{
    Task<OutreachSend?> FindAsync(Guid processInstanceId, string activityInstanceId, CancellationToken cancellationToken);

    /// <summary>Records a send; recording the same key again keeps the first record.</summary>
    Task RecordAsync(OutreachSend send, CancellationToken cancellationToken);
}
