using Collections.Domain.Cases.Contracts;
using Collections.Domain.Debtors;
using Collections.Domain.Disputes;
using Collections.Domain.Outreach.Contactability;
using Collections.Domain.Outreach.Policy;
using Collections.Domain.Promises;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Collections.Domain.Outreach.Calls;

/// <summary>
/// Builds the call script of a case: the facts a collector reads out, and the <see cref="ContactPolicy"/>'s answer for
/// a call (or visit) right now in the debtor's time zone, counting the case's outbound calls of the last 7 days and its
/// last conversation as the policy does before an automatic contact.
/// </summary>
public sealed class CallScriptService(DomainWork work, ContactPolicy policy, IOptions<ContactPolicyOptions> options)
{
    private const int LastAttempts = 5;
    private static readonly Duration Week = Duration.FromDays(7);

    public async Task<CallScriptDto?> GetAsync(Guid caseId, string channel, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null) return null;
        var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
        var debtor = await db.Debtors.SingleAsync(d => d.Id == @case.DebtorId, cancellationToken);
        var attempts = (await db.ContactAttempts.Where(a => a.CaseId == caseId).ToListAsync(cancellationToken)).OrderByDescending(a => a.At).ToList();
        var promises = (await db.Promises.Where(p => p.CaseId == caseId && p.Status == PromiseStatuses.Open).ToListAsync(cancellationToken))
            .OrderBy(p => p.PromisedDate).Select(PromiseService.ToDto).ToList();
        var dispute = await db.Disputes.Where(d => d.CaseId == caseId && d.Status == DisputeStatuses.Open).FirstOrDefaultAsync(cancellationToken);

        var now = Instant.FromDateTimeOffset(work.Now);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(debtor.TimeZone) ?? DateTimeZoneProviders.Tzdb[options.Value.DefaultTimeZone];
        var today = work.Today;
        var debtorDto = new CallScriptDebtorDto(
            debtor.Id, debtor.ExternalId, debtor.Name, debtor.Language, debtor.Country, zone.Id, now.InZone(zone).ToDateTimeOffset(), debtor.OptOuts,
            [.. debtor.Contacts.Select(c => new CallScriptContactDto(c.Channel, c.Value, c.Preferred, c.IsUsableOn(today), c.InvalidReason, c.InvalidSince, c.ValidFrom, c.ValidTo))],
            [.. debtor.AlternateContacts.Select(c => new CallScriptContactDto(c.Channel, c.Value, false, !c.IsInvalid, c.InvalidReason, c.InvalidSince, null, null, c.Role, c.Name))]);

        return new CallScriptDto(
            @case.Id, @case.Status, @case.Stage, invoice.Number, invoice.Amount, invoice.Balance, invoice.Currency, invoice.DueDate,
            invoice.DaysOverdue(today), invoice.PurchaseOrderNumber, debtorDto,
            [.. attempts.Take(LastAttempts).Select(ContactAttemptService.ToDto)], promises,
            dispute is null ? null : Cases.CaseService.ToDto(dispute),
            Rules(channel, debtor, await ContactHistory.ReadAsync(db, @case, work.Now, cancellationToken), now));
    }

    private ContactRulesNowDto Rules(string channel, Debtor debtor, ContactHistory history, Instant now)
    {
        var decision = policy.Decide(history.RequestFor(channel, debtor, work.Now));
        var profile = policy.Profiles[decision.Profile ?? ContactPolicyOptions.DefaultProfile];
        var calls = history.Contacts.Where(c => c.Channel == ContactChannels.Phone && c.SameDebt).Select(c => c.At).ToList();
        var max = profile.Caps.Where(c => c.Channel == ContactChannels.Phone && c.Period == ContactCapPeriods.Rolling7Days).Select(c => c.Max).DefaultIfEmpty(int.MaxValue).Min();
        var inWeek = calls.Count(c => c > now - Week && c <= now);
        var left = Math.Max(0, max - inWeek);
        var after = profile.AfterConversation;
        if (history.LastConversationAt is { } t && after.Days > 0 && t + Duration.FromDays(after.Days) > now)
        {
            left = Math.Min(left, Math.Max(0, after.MaxCalls - calls.Count(c => c > t)));
        }

        var (allowed, next) = decision switch
        {
            ContactDecision.Allowed => (true, (DateTimeOffset?)null),
            ContactDecision.DeferredUntil { Reason: ContactReasons.DisputeOpen } => (false, null),
            ContactDecision.DeferredUntil d => (false, d.Until.ToDateTimeOffset()),
            ContactDecision.Refused => (false, null),
            _ => throw new InvalidOperationException($"Unknown contact decision {decision}."),
        };
        return new ContactRulesNowDto(channel, allowed, next, decision.Rule?.Code, inWeek, left, max == int.MaxValue ? 0 : max,
            history.LastConversationAt?.ToDateTimeOffset(), decision.Profile ?? ContactPolicyOptions.DefaultProfile, decision.Rule?.Arguments);
    }
}
