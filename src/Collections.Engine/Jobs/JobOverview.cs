namespace Collections.Engine.Jobs;

/// <summary>
/// The job table at a glance: counts by state, the locks each node holds (a dead node shows
/// here until its locks expire), process instances by status, and this node's executor.
/// </summary>
public sealed record JobOverview(
    DateTimeOffset At,
    long Due,
    long Locked,
    long Failed,
    long Scheduled,
    IReadOnlyList<NodeLocks> Nodes,
    IReadOnlyDictionary<string, long> Instances,
    ExecutorNodeStatus ThisNode);
