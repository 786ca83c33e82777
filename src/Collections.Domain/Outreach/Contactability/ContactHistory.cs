using Collections.Domain.Cases;
using Collections.Domain.Debtors;
using Collections.Domain.Disputes;
using Collections.Domain.Outreach.Calls;
using Collections.Domain.Outreach.Policy;
using Collections.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Collections.Domain.Outreach.Contactability;

/// <summary>
/// What the contact policy needs to know about one case's debtor, read from the database: the debtor's outbound
/// attempts of the last 8 days on every case (the one-a-day and one-channel-a-week rules count the debtor; per-debt
/// caps count <see cref="PastContact.SameDebt"/>), the case's last telephone conversation, and an open dispute.
/// </summary>
public sealed record ContactHistory(IReadOnlyList<PastContact> Contacts, Instant? LastConversationAt, bool DisputeOpen)
{
    /// <summary>A calendar week plus a day: covers the rolling 7 days and the current week in any zone.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(8);

    public static async Task<ContactHistory> ReadAsync(DomainDbContext db, Case @case, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - LookBack;
        var attempts = await (
                from a in db.ContactAttempts
                join c in db.Cases on a.CaseId equals c.Id
                where c.DebtorId == @case.DebtorId && a.Direction == "outbound"
                select new { a.CaseId, a.Channel, a.At, a.Outcome })
            .ToListAsync(cancellationToken);
        var contacts = attempts.Where(a => a.At >= since)
            .Select(a => new PastContact(a.Channel, Instant.FromDateTimeOffset(a.At), a.CaseId == @case.Id)).ToList();
        var talked = attempts.Where(a => a.CaseId == @case.Id && a.Channel == ContactChannels.Phone && a.Outcome == CallOutcomes.Reached)
            .Select(a => (Instant?)Instant.FromDateTimeOffset(a.At)).Max();
        var disputeOpen = await db.Disputes.AnyAsync(d => d.CaseId == @case.Id && d.Status == DisputeStatuses.Open, cancellationToken);
        return new ContactHistory(contacts, talked, disputeOpen);
    }

    /// <summary>The policy request for a contact on <paramref name="channel"/> to <paramref name="debtor"/> at <paramref name="now"/>.</summary>
    public ContactRequest RequestFor(string channel, Debtor debtor, DateTimeOffset now) =>
        new(channel, debtor.Country, debtor.TimeZone, Instant.FromDateTimeOffset(now), DisputeOpen,
            debtor.OptOuts.ToHashSet(StringComparer.OrdinalIgnoreCase), LastConversationAt: LastConversationAt, History: Contacts);
}
