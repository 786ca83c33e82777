using Collections.Engine.Persistence;
using Collections.Engine.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Jobs;

/// <summary>
/// SQLite: one node (DESIGN.md D3). Writers are serialized in-process, so a read followed by a version-checked update
/// per job is enough; the version check still guards a second process on the same file.
/// </summary>
internal sealed class SqliteJobStore : JobStore
{
    public override async Task<IReadOnlyList<JobRecord>> AcquireAsync(EngineDbContext db, string lockOwner, int maxJobs,
        DateTimeOffset now, DateTimeOffset lockExpiresAt, CancellationToken cancellationToken)
    {
        var candidates = await Acquirable(db, now).Take(maxJobs * 2).ToListAsync(cancellationToken);
        var locked = new List<JobRecord>(maxJobs);
        foreach (var job in OnePerExclusiveInstance(candidates, maxJobs))
        {
            var won = await db.Jobs.Where(j => j.Id == job.Id && j.Version == job.Version).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LockOwner, lockOwner).SetProperty(j => j.LockExpiresAt, lockExpiresAt)
                .SetProperty(j => j.Version, job.Version + 1), cancellationToken);
            if (won != 1) continue;
            job.LockOwner = lockOwner;
            job.LockExpiresAt = lockExpiresAt;
            job.Version++;
            locked.Add(job);
        }

        return locked;
    }
}
