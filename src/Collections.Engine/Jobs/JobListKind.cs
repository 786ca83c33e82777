namespace Collections.Engine.Jobs;

/// <summary>Which jobs the operations view lists.</summary>
public enum JobListKind
{
    /// <summary>Due now, not locked, retries left: waiting for an executor.</summary>
    Due,

    /// <summary>Locked by a node whose lock has not expired: running or queued there.</summary>
    Locked,

    /// <summary>Failed at least once (an exception is recorded); with 0 retries left an incident is open.</summary>
    Failed,

    /// <summary>Not due yet.</summary>
    Scheduled,
}
