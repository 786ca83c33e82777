using System.Globalization;
using Collections.Domain.Cases;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Company;

/// <summary>
/// Writes a <c>company.details-missing</c> line on the case's timeline when a send step waits for company details
/// (<c>fields</c>, comma-separated, with the channel and template), so the case page says "Waiting for company details:
/// phone" instead of showing nothing. Once per wait, not once per poll: a step fetched again still missing the same
/// fields writes nothing more.
/// </summary>
public sealed class CompanyDetailsTimeline(DomainWork work)
{
    public const string Kind = "company.details-missing";

    public async Task RecordAsync(CompanyDetailsWait wait, CancellationToken cancellationToken)
    {
        if (wait.CaseId is not { } caseId) return;
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["channel"] = wait.Channel,
            ["template"] = wait.Template ?? "",
            ["fields"] = string.Join(',', wait.Fields),
        };
        await work.RunAsync(async db =>
        {
            var lines = await db.Timeline.Where(t => t.CaseId == caseId && (t.Kind == Kind || t.Kind == "contact.sent")).ToListAsync(cancellationToken);
            var latest = lines.OrderBy(t => t.At).ThenBy(t => t.Id).LastOrDefault()?.ArgumentMap();
            if (latest is not null && latest.GetValueOrDefault("fields") == arguments["fields"] && latest.GetValueOrDefault("template") == arguments["template"]) return 0;
            var summary = string.Create(CultureInfo.InvariantCulture, $"{wait.Channel} {wait.Template} waiting for company details: {string.Join(", ", wait.Fields)}.");
            db.Timeline.Add(new TimelineEntry(work.NewId(), caseId, Kind, summary, work.Now, arguments));
            return 1;
        }, cancellationToken);
    }
}
