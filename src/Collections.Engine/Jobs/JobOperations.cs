using Collections.Engine.Api;
using Collections.Engine.Persistence;
using Collections.Engine.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Jobs;

internal sealed class JobOperations(EngineDbContextFactory factory, TimeProvider timeProvider, JobMetrics metrics, JobExecutorStatus status)
    : IJobOperations
{
    public ExecutorNodeStatus ThisNode => status.Snapshot();

    public async Task<JobOverview> GetOverviewAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var db = factory.Create();
        var due = await Of(db, JobListKind.Due, now).LongCountAsync(cancellationToken);
        var locked = await Of(db, JobListKind.Locked, now).LongCountAsync(cancellationToken);
        var failed = await Of(db, JobListKind.Failed, now).LongCountAsync(cancellationToken);
        var scheduled = await Of(db, JobListKind.Scheduled, now).LongCountAsync(cancellationToken);
        var nodes = await Of(db, JobListKind.Locked, now).GroupBy(j => j.LockOwner!)
            .Select(g => new { Owner = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var expiries = new List<NodeLocks>(nodes.Count);
        foreach (var node in nodes.OrderBy(n => n.Owner, StringComparer.Ordinal))
        {
            // Max over DateTimeOffset is not translatable on SQLite's binary form; one ordered row per owner is.
            var last = await Of(db, JobListKind.Locked, now).Where(j => j.LockOwner == node.Owner)
                .OrderByDescending(j => j.LockExpiresAt).Select(j => j.LockExpiresAt).FirstOrDefaultAsync(cancellationToken);
            expiries.Add(new NodeLocks(node.Owner, node.Count, last));
        }

        var instances = await CountInstancesAsync(db, cancellationToken);
        return new JobOverview(now, due, locked, failed, scheduled, expiries, instances, status.Snapshot());
    }

    public async Task<IReadOnlyList<JobInfo>> ListJobsAsync(JobListKind kind, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var rows = await Of(db, kind, timeProvider.GetUtcNow()).OrderBy(j => j.DueAt)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
        return rows.Select(j => new JobInfo(j.Id, j.Type, j.ProcessInstanceId, j.ActivityId, j.DueAt, j.Retries, j.LockOwner,
            j.LockExpiresAt, j.ExceptionMessage, j.Priority)).ToList();
    }

    public async Task<IReadOnlyDictionary<string, long>> SampleInstanceCountsAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var counts = await CountInstancesAsync(db, cancellationToken);
        metrics.SetInstanceCounts(counts);
        return counts;
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountInstancesAsync(EngineDbContext db, CancellationToken cancellationToken) =>
        await db.Instances.AsNoTracking().GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);

    private static IQueryable<JobRecord> Of(EngineDbContext db, JobListKind kind, DateTimeOffset now)
    {
        var jobs = db.Jobs.AsNoTracking();
        return kind switch
        {
            JobListKind.Due => jobs.Where(j => j.DueAt <= now && j.Retries > 0 && (j.LockExpiresAt == null || j.LockExpiresAt < now)),
            JobListKind.Locked => jobs.Where(j => j.LockOwner != null && j.LockExpiresAt != null && j.LockExpiresAt >= now),
            JobListKind.Failed => jobs.Where(j => j.ExceptionMessage != null),
            JobListKind.Scheduled => jobs.Where(j => j.DueAt > now && j.Retries > 0),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
