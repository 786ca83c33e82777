using System.Runtime.CompilerServices;
using Collections.Server.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Audit;

/// <summary>Reads the audit log newest first, by keyset on the sequence, on its own connection.</summary>
internal sealed class AuditQuery(ServerDbContextFactory contexts)
{
    public async Task<AuditPageDto> PageAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await Filtered(db, filter, filter.Before).Take(filter.Limit + 1).ToListAsync(cancellationToken);
        var more = rows.Count > filter.Limit;
        var items = rows.Take(filter.Limit).Select(AuditEntryDto.From).ToList();
        var names = await DisplayNamesAsync(db, items, cancellationToken);
        var named = items.Select(e => e.ActorKind == AuditActor.User && names.TryGetValue(e.ActorId, out var name) ? e with { ActorName = name } : e).ToList();
        return new AuditPageDto(named, more ? AuditFilter.EncodeCursor(items[^1].Sequence) : null);
    }

    /// <summary>The display names of the page's staff actors (their user ids are the user names, which are the e-mails), so readers see who, not an id.</summary>
    private static async Task<Dictionary<string, string>> DisplayNamesAsync(ServerDbContext db, List<AuditEntryDto> items, CancellationToken cancellationToken)
    {
        var ids = items.Where(e => e.ActorKind == AuditActor.User).Select(e => e.ActorId).Distinct().ToList();
        if (ids.Count == 0) return [];
        var users = await db.Users.AsNoTracking().Where(u => u.UserName != null && ids.Contains(u.UserName) && u.DisplayName != null)
            .Select(u => new { Name = u.UserName!, DisplayName = u.DisplayName! }).ToListAsync(cancellationToken);
        return users.Where(u => u.DisplayName.Length > 0).ToDictionary(u => u.Name, u => u.DisplayName, StringComparer.Ordinal);
    }

    /// <summary>Every row the filter matches, newest first, read in batches so an export never holds the whole log.</summary>
    public async IAsyncEnumerable<AuditEntryDto> StreamAsync(AuditFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var before = filter.Before;
        while (true)
        {
            List<AuditEntry> batch;
            await using (var db = contexts.Create())
            {
                batch = await Filtered(db, filter, before).Take(500).ToListAsync(cancellationToken);
            }

            foreach (var row in batch) yield return AuditEntryDto.From(row);
            if (batch.Count < 500) yield break;
            before = batch[^1].Sequence;
        }
    }

    private static IQueryable<AuditEntry> Filtered(ServerDbContext db, AuditFilter filter, long? before)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.Actor is { } actor) query = query.Where(e => e.ActorId == actor);
        if (filter.Action is { } action) query = query.Where(e => e.Action == action);
        if (filter.CaseId is { } caseId) query = query.Where(e => e.CaseId == caseId);
        if (filter.From is { } from) query = query.Where(e => e.OccurredAt >= from);
        if (filter.To is { } to) query = query.Where(e => e.OccurredAt < to);
        if (before is { } sequence) query = query.Where(e => e.Sequence < sequence);
        return query.OrderByDescending(e => e.Sequence);
    }
}
