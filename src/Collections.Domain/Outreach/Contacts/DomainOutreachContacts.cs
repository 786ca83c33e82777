using Collections.Domain.Cases;
using Collections.Domain.Debtors;
using Collections.Domain.Outreach.Contactability;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Collections.Domain.Outreach.Contacts;

/// <summary>
/// <see cref="IOutreachContacts"/> from the domain: the task's case (its <c>caseId</c> variable, else the
/// case whose process it is), that case's debtor's usable contacts on the channel (not reported dead, inside their
/// validity dates on the debtor's calendar, preferred first), or the alternate contacts; the debtor's opt-outs,
/// language, zone and country as they are now; an open dispute; the debtor's outbound contacts of the last 8 days on
/// every channel (<see cref="ContactHistory"/>) and the case's last telephone conversation.
/// A task of no case falls back to <see cref="ProcessVariableContacts"/>.
/// </summary>
public sealed class DomainOutreachContacts(DomainWork work, ProcessVariableContacts fallback) : IOutreachContacts
{
    public async Task<OutreachContactFacts> GetAsync(LockedExternalTask task, string channel, string recipients, CancellationToken cancellationToken)
    {
        var variables = TaskVariables.ToClr(task);
        await using var db = work.Read();
        var @case = OutreachModel.CaseId(variables, null) is { } caseId
            ? await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            : await db.Cases.FirstOrDefaultAsync(c => c.ProcessInstanceId == task.Task.ProcessInstanceId, cancellationToken);
        if (@case is null) return await fallback.GetAsync(task, channel, recipients, cancellationToken);
        var debtor = await db.Debtors.SingleAsync(d => d.Id == @case.DebtorId, cancellationToken);

        var now = work.Now;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(debtor.TimeZone) ?? DateTimeZone.Utc;
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date.ToDateOnly();
        var addresses = recipients == "alternate-contacts" ? Alternates(debtor, channel) : Own(debtor, channel, today);
        var history = await ContactHistory.ReadAsync(db, @case, now, cancellationToken);
        var recent = history.Contacts.Where(c => c.Channel == ContactChannels.Phone && c.SameDebt).Select(c => c.At).ToList();
        var optOuts = debtor.OptOuts.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (addresses.Count == 0 && recipients != "alternate-contacts" && Own(debtor, channel, today, includeOptedOut: true).Count > 0)
        {
            optOuts.Add(channel); // every usable address asked for no more messages: an opt-out, not a missing address
        }

        return new OutreachContactFacts(addresses, optOuts, history.DisputeOpen, recent,
            history.LastConversationAt, debtor.Language, debtor.TimeZone, debtor.Country, @case.Id, history.Contacts);
    }

    /// <summary>The debtor's own usable contacts on the channel; an SMS with no <c>sms</c> contact goes to the <c>phone</c> ones.</summary>
    private static List<string> Own(Debtor debtor, string channel, DateOnly today, bool includeOptedOut = false)
    {
        List<string> On(string c) => debtor.Contacts.Where(x => x.Channel == c && x.IsUsableOn(today) && (includeOptedOut || !x.IsOptedOut))
            .OrderByDescending(x => x.Preferred).Select(x => x.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var found = On(channel);
        return found.Count == 0 && channel == ContactChannels.Sms && !debtor.Contacts.Any(c => c.Channel == ContactChannels.Sms)
            ? On(ContactChannels.Phone)
            : found;
    }

    private static List<string> Alternates(Debtor debtor, string channel) =>
        debtor.AlternateContacts.Where(a => !a.IsInvalid && (a.Channel == channel || (channel == ContactChannels.Sms && a.Channel == ContactChannels.Phone)))
            .Select(a => a.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
