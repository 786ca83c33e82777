namespace Collections.Engine.Jobs;

/// <summary>The unexpired job locks one lock owner holds, and when the last of them expires.</summary>
public sealed record NodeLocks(string LockOwner, long LockedJobs, DateTimeOffset? LocksExpireBy);
