namespace Collections.Engine.Jobs;

/// <summary>
/// Settings of the background job executor. Bound from <c>Collections:Jobs</c>. Every node of a cluster
/// runs its own executor with its own <see cref="LockOwner"/>; the database is the only coordinator (DESIGN.md D4, D11).
/// </summary>
public sealed class JobExecutorOptions
{
    public const string Section = "Collections:Jobs";

    /// <summary>Whether this node runs jobs at all (default true; a read-only API node may turn it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The lock owner id of this node (default null: <c>machine:pid:guid</c>, new on every start, so a restarted node
    /// never mistakes a dead predecessor's locks for its own).
    /// </summary>
    public string? LockOwner { get; set; }

    /// <summary>
    /// How many jobs one acquisition locks (default 32: one round trip serves several workers, yet a dying node strands
    /// few jobs until their locks expire).
    /// </summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>
    /// How long a node holds a job before another node may take it (default 5 min, as Camunda). A node that dies holds
    /// its jobs this long; a job that runs longer than this may run twice, so keep it well above the slowest job.
    /// </summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The shortest idle wait between two acquisitions (default 50 ms): the floor of the back-off, so jobs that are due
    /// but held by other nodes or blocked by an exclusive sibling are not polled in a tight loop.
    /// </summary>
    public TimeSpan PollIntervalMin { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// The longest idle wait (default 5 s). An idle node sleeps until the next known due time, and wakes at once for a
    /// job committed by this node or (PostgreSQL) announced by another node's NOTIFY, so this bounds only how late it
    /// notices a dead node's expired lock or a job written without a notification.
    /// </summary>
    public TimeSpan PollIntervalMax { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many jobs this node runs in parallel (default 4: each holds one database connection for its unit of work;
    /// on SQLite writes are serialized anyway, so more workers only help PostgreSQL).
    /// </summary>
    public int Workers { get; set; } = 4;

    /// <summary>
    /// How many acquired jobs one worker runs in a single unit of work (default 16). One transaction, one instance
    /// query and one write batch serve them all, which is where a timer storm spends its time; if any of them fails,
    /// the batch rolls back and each job runs again on its own, so retries and incidents stay per job.
    /// </summary>
    public int ExecutionBatchSize { get; set; } = 16;
}
