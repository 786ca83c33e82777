namespace Collections.Engine.Jobs;

/// <summary>What this node's executor has done, for the operations endpoint. Updated by the executor only.</summary>
public sealed class JobExecutorStatus
{
    private readonly Lock _gate = new();
    private long _jobsRun;
    private long _jobsFailed;
    private long _acquisitions;
    private DateTimeOffset? _lastAcquisitionAt;
    private int _lastAcquired;
    private int _inFlight;

    public string LockOwner { get; internal set; } = string.Empty;

    public bool Running { get; internal set; }

    public DateTimeOffset? StartedAt { get; internal set; }

    public int Workers { get; internal set; }

    public ExecutorNodeStatus Snapshot()
    {
        lock (_gate)
        {
            return new(LockOwner, Running, StartedAt, Workers, _lastAcquisitionAt, _lastAcquired, Interlocked.Read(ref _acquisitions),
                Interlocked.Read(ref _jobsRun), Interlocked.Read(ref _jobsFailed), Volatile.Read(ref _inFlight));
        }
    }

    internal void Acquired(DateTimeOffset at, int count)
    {
        lock (_gate)
        {
            _lastAcquisitionAt = at;
            _lastAcquired = count;
        }

        Interlocked.Increment(ref _acquisitions);
        Interlocked.Add(ref _inFlight, count);
    }

    internal void Finished(bool failed)
    {
        Interlocked.Increment(ref _jobsRun);
        if (failed) Interlocked.Increment(ref _jobsFailed);
        Interlocked.Decrement(ref _inFlight);
    }

    internal void Released(int count) => Interlocked.Add(ref _inFlight, -count);
}
