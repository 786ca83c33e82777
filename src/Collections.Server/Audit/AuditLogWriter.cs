using Collections.Engine.Api;
using Collections.Server.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Audit;

/// <summary>
/// Appends rows to the audit log inside the caller's transaction. Appends are serialized so the chain never forks:
/// on PostgreSQL a transaction-scoped advisory lock is taken before the head is read and held until the commit; SQLite
/// has one writer. The unique index on the sequence turns any other race into a failed (and rerun) transaction, never
/// into two rows claiming the same predecessor.
/// </summary>
internal sealed class AuditLogWriter(ServerDbContextFactory contexts, TimeProvider timeProvider)
{
    /// <summary>The advisory lock key of audit appends and pruning ("COLLAUDT" in ASCII).</summary>
    internal const long LockKey = 0x434F4C4C41554454;

    public async Task AppendAsync(EngineTransaction transaction, AuditActor actor, string? clientAddress, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await using var db = await contexts.JoinAsync(transaction.Connection, transaction.Transaction, cancellationToken);
        await AppendAsync(db, actor, clientAddress, records, cancellationToken);
    }

    public async Task AppendAsync(ServerDbContext db, AuditActor actor, string? clientAddress, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await LockAsync(db, cancellationToken);
        var (sequence, previous) = await HeadAsync(db, cancellationToken);
        var now = AuditChain.Truncate(timeProvider.GetUtcNow());
        foreach (var record in records)
        {
            var entry = new AuditEntry(Guid.CreateVersion7(now), ++sequence, now, actor, record, clientAddress, previous);
            db.AuditEntries.Add(entry);
            previous = entry.Hash;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Serializes appends and pruning until the transaction ends (PostgreSQL; SQLite's writer lock does it there).</summary>
    internal static async Task LockAsync(ServerDbContext db, CancellationToken cancellationToken)
    {
        if (db is PostgresServerDbContext)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        }
    }

    /// <summary>The last row's sequence and hash; after a prune of everything, the newest anchor's; else the genesis.</summary>
    internal static async Task<(long Sequence, string Hash)> HeadAsync(ServerDbContext db, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (last is not null) return (last.Sequence, last.Hash);
        var anchor = await db.AuditAnchors.AsNoTracking().OrderByDescending(a => a.LastSequence)
            .Select(a => new { a.LastSequence, a.LastHash }).FirstOrDefaultAsync(cancellationToken);
        return anchor is null ? (0, AuditChain.Genesis) : (anchor.LastSequence, anchor.LastHash);
    }
}
