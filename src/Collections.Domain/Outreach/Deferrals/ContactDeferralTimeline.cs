using System.Globalization;
using Collections.Domain.Cases;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Collections.Domain.Outreach.Deferrals;

/// <summary>
/// Writes a <c>contact.deferred</c> line on the case's timeline when a send step is held back by the contact rules: the
/// channel, the template, the moment it will go (<c>until</c>, an instant, and <c>untilLocal</c> in the debtor's zone),
/// the zone and the rule with its arguments, so the UI says it in the reader's language. A step fetched again and
/// deferred to the same moment writes nothing more: the line is there once per decision, not once per poll.
/// </summary>
public sealed class ContactDeferralTimeline(DomainWork work)
{
    public const string Kind = "contact.deferred";

    public async Task RecordAsync(ContactDeferral deferral, Instant until, CancellationToken cancellationToken)
    {
        if (deferral.CaseId is not { } caseId) return;
        var arguments = Arguments(deferral, until);
        await work.RunAsync(async db =>
        {
            var lines = await db.Timeline.Where(t => t.CaseId == caseId && (t.Kind == Kind || t.Kind == "contact.sent")).ToListAsync(cancellationToken);
            var latest = lines.OrderBy(t => t.At).ThenBy(t => t.Id).LastOrDefault();
            var previous = latest?.Kind == Kind ? latest.ArgumentMap() : null;
            if (previous is not null && previous.GetValueOrDefault("until") == arguments["until"] && previous.GetValueOrDefault("channel") == deferral.Channel)
            {
                return 0;
            }

            db.Timeline.Add(new TimelineEntry(work.NewId(), caseId, Kind, Summary(deferral, arguments), work.Now, arguments));
            return 1;
        }, cancellationToken);
    }

    private static Dictionary<string, string> Arguments(ContactDeferral deferral, Instant until)
    {
        var zone = (deferral.TimeZone is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(deferral.TimeZone)) ?? DateTimeZone.Utc;
        var arguments = new Dictionary<string, string>(deferral.Rule?.Arguments ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["channel"] = deferral.Channel,
            ["template"] = deferral.Template ?? "",
            ["until"] = InstantPattern.General.Format(until),
            ["untilLocal"] = LocalDateTimePattern.GeneralIso.Format(until.InZone(zone).LocalDateTime),
            ["timeZone"] = zone.Id,
            ["rule"] = deferral.Rule?.Code ?? "",
            ["profile"] = deferral.Rule?.Profile ?? "",
        };
        return arguments;
    }

    /// <summary>The invariant English line for API readers; the staff UI renders the arguments instead.</summary>
    private static string Summary(ContactDeferral deferral, IReadOnlyDictionary<string, string> arguments) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{deferral.Channel} {deferral.Template} deferred until {arguments["untilLocal"]} local ({arguments["timeZone"]}): {arguments["rule"]}.");
}
