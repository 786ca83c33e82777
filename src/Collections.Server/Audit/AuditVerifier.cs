using Collections.Server.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Audit;

/// <summary>
/// Walks the whole audit log in sequence order and checks the chain: each row's sequence follows the previous one (or the
/// newest pruning anchor), carries the previous row's hash, and hashes to its own <see cref="AuditEntry.Hash"/>. A changed
/// field breaks the row's hash; a removed row leaves a gap in the sequence.
/// </summary>
internal sealed class AuditVerifier(ServerDbContextFactory contexts)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var anchor = await db.AuditAnchors.AsNoTracking().OrderByDescending(a => a.LastSequence).FirstOrDefaultAsync(cancellationToken);
        var (sequence, previous) = anchor is null ? (0L, AuditChain.Genesis) : (anchor.LastSequence, anchor.LastHash);
        long rows = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var reason = entry.Sequence != sequence + 1 ? $"expected sequence {sequence + 1}: rows before it are missing"
                : entry.PreviousHash != previous ? "its previous hash does not match the row before it"
                : AuditChain.Hash(entry) != entry.Hash ? "its content does not match its hash (changed after it was written)"
                : null;
            if (reason is not null) return new AuditVerification(rows, entry.Sequence, entry.Id, reason);
            (sequence, previous) = (entry.Sequence, entry.Hash);
            rows++;
        }

        return new AuditVerification(rows, null, null, null);
    }
}
