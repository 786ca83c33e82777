using Collections.Engine.Configuration;
using Collections.Engine.Persistence;
using Collections.Engine.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Jobs;

/// <summary>
/// The job table's acquisition and wake-up, split by provider like Wolverine's message stores: the shared LINQ lives
/// here, <see cref="PostgresJobStore"/> overrides only the dialect (<c>FOR UPDATE SKIP LOCKED</c>, NOTIFY) and
/// <see cref="SqliteJobStore"/> keeps the single-node path. SQL is handed <c>now</c>; it never reads a clock.
/// </summary>
internal abstract class JobStore
{
    /// <summary>The PostgreSQL channel that carries "jobs" and "external-tasks" news between nodes.</summary>
    public const string NotifyChannel = "collections_engine";

    public const string JobsPayload = "jobs";

    public const string ExternalTasksPayload = "external-tasks";

    public static JobStore For(EngineDbContextFactory factory) =>
        factory.Provider == DatabaseProviders.Postgres ? new PostgresJobStore() : new SqliteJobStore();

    /// <summary>
    /// Locks up to <paramref name="maxJobs"/> due jobs for <paramref name="lockOwner"/> until <paramref name="lockExpiresAt"/>,
    /// in due order, inside the caller's transaction. At most one exclusive job per process instance is handed out, and
    /// none of an instance that already has a locked exclusive job.
    /// </summary>
    public abstract Task<IReadOnlyList<JobRecord>> AcquireAsync(EngineDbContext db, string lockOwner, int maxJobs,
        DateTimeOffset now, DateTimeOffset lockExpiresAt, CancellationToken cancellationToken);

    /// <summary>Tells other nodes, inside the committing transaction, that work arrived. Nothing to do on one node.</summary>
    public virtual Task NotifyAsync(EngineDbContext db, string payload, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The earliest due time of a job that some node could acquire (not locked, retries left).</summary>
    public Task<DateTimeOffset?> NextDueAtAsync(EngineDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking()
            .Where(j => j.Retries > 0 && (j.LockExpiresAt == null || j.LockExpiresAt < now))
            .OrderBy(j => j.DueAt).Select(j => (DateTimeOffset?)j.DueAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Due, unlocked (or lock expired), retries left, and no sibling exclusive job of its instance is locked.</summary>
    protected static IQueryable<JobRecord> Acquirable(EngineDbContext db, DateTimeOffset now) =>
        db.Jobs.AsNoTracking()
            .Where(j => j.DueAt <= now && j.Retries > 0 && (j.LockExpiresAt == null || j.LockExpiresAt < now))
            .Where(j => !j.Exclusive || j.ProcessInstanceId == null || !db.Jobs.Any(o =>
                o.ProcessInstanceId == j.ProcessInstanceId && o.Exclusive && o.Id != j.Id && o.LockExpiresAt != null && o.LockExpiresAt >= now))
            .OrderBy(j => j.DueAt).ThenByDescending(j => j.Priority);

    /// <summary>Keeps the first exclusive job of each instance (in due order) and every non-exclusive one.</summary>
    protected static List<JobRecord> OnePerExclusiveInstance(IEnumerable<JobRecord> candidates, int maxJobs)
    {
        var instances = new HashSet<Guid>();
        var chosen = new List<JobRecord>(maxJobs);
        foreach (var job in candidates)
        {
            if (chosen.Count == maxJobs) break;
            if (job.Exclusive && job.ProcessInstanceId is { } instance && !instances.Add(instance)) continue;
            chosen.Add(job);
        }

        return chosen;
    }
}
