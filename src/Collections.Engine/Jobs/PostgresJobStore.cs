using Collections.Engine.Persistence;
using Collections.Engine.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Jobs;

/// <summary>
/// PostgreSQL: many nodes share the table. Candidates are row-locked with <c>FOR UPDATE SKIP LOCKED</c>, so two nodes
/// acquiring at once never wait on or take each other's rows; the chosen ones get this node's lock owner and expiry
/// before the transaction commits, and the rest are released by the commit.
/// </summary>
internal sealed class PostgresJobStore : JobStore
{
    public override async Task<IReadOnlyList<JobRecord>> AcquireAsync(EngineDbContext db, string lockOwner, int maxJobs,
        DateTimeOffset now, DateTimeOffset lockExpiresAt, CancellationToken cancellationToken)
    {
        var fetch = maxJobs * 2;
        // The exclusive test repeats Acquirable's LINQ in SQL, because EF Core cannot add FOR UPDATE to a LINQ query.
        var candidates = await db.Jobs.FromSql($"""
            SELECT j.* FROM engine_jobs j
            WHERE j."DueAt" <= {now} AND j."Retries" > 0 AND (j."LockExpiresAt" IS NULL OR j."LockExpiresAt" < {now})
              AND (NOT j."Exclusive" OR j."ProcessInstanceId" IS NULL OR NOT EXISTS (
                   SELECT 1 FROM engine_jobs o
                   WHERE o."ProcessInstanceId" = j."ProcessInstanceId" AND o."Exclusive" AND o."Id" <> j."Id" AND o."LockExpiresAt" >= {now}))
            ORDER BY j."DueAt", j."Priority" DESC
            LIMIT {fetch}
            FOR UPDATE OF j SKIP LOCKED
            """).AsNoTracking().ToListAsync(cancellationToken);
        var chosen = OnePerExclusiveInstance(candidates, maxJobs);
        if (chosen.Count == 0) return chosen;
        var ids = chosen.Select(j => j.Id).ToArray();
        await db.Jobs.Where(j => ids.Contains(j.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.LockOwner, lockOwner).SetProperty(j => j.LockExpiresAt, lockExpiresAt)
            .SetProperty(j => j.Version, j => j.Version + 1), cancellationToken);
        foreach (var job in chosen)
        {
            job.LockOwner = lockOwner;
            job.LockExpiresAt = lockExpiresAt;
            job.Version++;
        }

        return chosen;
    }

    public override Task NotifyAsync(EngineDbContext db, string payload, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_notify({NotifyChannel}, {payload})", cancellationToken);
}
