namespace Collections.Engine.Jobs;

/// <summary>
/// One node's executor: its lock owner, whether it runs, the last acquisition (when, how many), totals since start,
/// and <paramref name="InFlight"/> jobs acquired but not finished (its local backlog).
/// </summary>
public sealed record ExecutorNodeStatus(
    string LockOwner,
    bool Running,
    DateTimeOffset? StartedAt,
    int Workers,
    DateTimeOffset? LastAcquisitionAt,
    int LastAcquired,
    long Acquisitions,
    long JobsRun,
    long JobsFailed,
    int InFlight);
