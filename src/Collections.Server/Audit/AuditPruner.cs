using Collections.Server.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Server.Audit;

/// <summary>
/// Deletes audit rows older than <see cref="AuditRetentionOptions.Retention"/> from the old end only: every row before
/// the oldest one still within retention, so the rest of the chain stays whole. In the same transaction it records an
/// <see cref="AuditAnchor"/> (the last deleted row's sequence and hash) where verification starts from then on.
/// </summary>
internal sealed class AuditPruner(ServerDbContextFactory contexts, TimeProvider timeProvider, IOptions<AuditRetentionOptions> options)
{
    /// <summary>Returns how many rows were deleted.</summary>
    public async Task<long> PruneAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var cutoff = now - options.Value.Retention;
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AuditLogWriter.LockAsync(db, cancellationToken);
        var firstKept = await db.AuditEntries.Where(e => e.OccurredAt >= cutoff).MinAsync(e => (long?)e.Sequence, cancellationToken);
        var last = await db.AuditEntries.Where(e => firstKept == null || e.Sequence < firstKept)
            .OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (last is null) return 0;
        var deleted = await db.AuditEntries.Where(e => e.Sequence <= last.Sequence).ExecuteDeleteAsync(cancellationToken);
        db.AuditAnchors.Add(new AuditAnchor(Guid.CreateVersion7(now), last.Sequence, last.Hash, deleted, AuditChain.Truncate(now)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
