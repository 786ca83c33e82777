using Collections.Domain.Cases;
using Collections.Domain.Debtors;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Outreach.Delivery;

/// <summary>
/// Applies opt-outs from providers: every debtor contact with that address on the channel (an SMS number: its
/// <c>sms</c> and <c>phone</c> contacts, since SMS falls back to phone numbers) is marked opted out, and each open
/// case of those debtors gets a <c>contact.opted-out</c> line. Marking twice changes nothing, so a provider's retry
/// is harmless. The opt-out concerns messages (e-mail, SMS), not calls.
/// </summary>
public sealed class OptOutRecorder(DomainWork work)
{
    public const string TimelineKind = "contact.opted-out";

    /// <summary>Returns how many contacts were newly marked.</summary>
    public async Task<int> RecordAsync(IReadOnlyList<OptOutRequest> requests, CancellationToken cancellationToken)
    {
        var marked = 0;
        foreach (var request in requests) marked += await work.RunAsync(db => ApplyAsync(db, request, cancellationToken), cancellationToken);
        return marked;
    }

    private async Task<int> ApplyAsync(Persistence.DomainDbContext db, OptOutRequest request, CancellationToken cancellationToken)
    {
        string[] channels = request.Channel == ContactChannels.Sms ? [ContactChannels.Sms, ContactChannels.Phone] : [request.Channel];
        // Contacts are a JSON text column: candidates are found by a text match on it, then checked exactly. The JSON
        // writer escapes '+' (E.164 numbers, tagged addresses), so the match uses what follows the last one.
        var tail = request.Address[(request.Address.LastIndexOf('+') + 1)..].ToLowerInvariant();
        var pattern = "%" + tail.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
        var debtors = await db.Debtors.FromSql($"SELECT * FROM domain_debtors WHERE lower(\"Contacts\") LIKE {pattern}").ToListAsync(cancellationToken);
        var marked = 0;
        foreach (var debtor in debtors)
        {
            var count = debtor.MarkContactOptedOut(channels, request.Address, request.Source, work.Now);
            if (count == 0) continue;
            marked += count;
            var openCases = await db.Cases.Where(c => c.DebtorId == debtor.Id && c.Status == CaseStatuses.Open).Select(c => c.Id).ToListAsync(cancellationToken);
            foreach (var caseId in openCases)
            {
                db.Timeline.Add(new TimelineEntry(work.NewId(), caseId, TimelineKind, $"{request.Channel} {request.Address} opted out ({request.Source}).", work.Now,
                    new Dictionary<string, string> { ["channel"] = request.Channel, ["address"] = request.Address, ["source"] = request.Source }));
            }
        }

        return marked;
    }
}
