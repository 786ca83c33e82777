using Collections.Domain.Cases.Contracts;
using Collections.Domain.Debtors;
using Collections.Domain.Invoices;
using Collections.Domain.Paging;
using Collections.Domain.Validation;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Cases;

/// <summary>
/// Reads for the people who work cases: a server-paged list, newest first, with a free-text search over
/// invoice number and debtor, and one case with its debtor, invoice and the position of its process.
/// </summary>
public sealed class CaseBrowser(DomainWork work, CaseService cases, IProcessQueries queries, ProcessNames.ActivityNames activityNames)
{
    public async Task<Page<CaseListItemDto>> SearchAsync(CaseSearchQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var after = Cursor.Decode(query.Cursor);
        var search = Check.OptionalText(query.Search, "search", 100)?.ToLowerInvariant();
        var today = work.Today;
        await using var db = work.Read();
        var rows = from c in db.Cases
                   join i in db.Invoices on c.InvoiceId equals i.Id
                   join d in db.Debtors on c.DebtorId equals d.Id
                   select new { Case = c, Invoice = i, DebtorName = d.Name, DebtorExternalId = d.ExternalId };
        if (query.Status is { } status) rows = rows.Where(r => r.Case.Status == status);
        if (query.Stage is { } stage) rows = rows.Where(r => r.Case.Stage == stage);
        if (query.ProcessInstanceId is { } instance) rows = rows.Where(r => r.Case.ProcessInstanceId == instance);
        if (search is not null)
        {
            rows = rows.Where(r => r.Invoice.Number.ToLower().Contains(search) || r.DebtorName.ToLower().Contains(search) || r.DebtorExternalId.ToLower().Contains(search));
        }

        if (after is { } a) rows = rows.Where(r => r.Case.Id.CompareTo(a) < 0);
        var page = await rows.OrderByDescending(r => r.Case.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var next = await NextContactsAsync(db, [.. page.Where(r => r.Case.Status == CaseStatuses.Open).Select(r => r.Case.Id)], cancellationToken);
        var names = await activityNames.OfCasesAsync([.. page.Select(r => (r.Case.ProcessKey, r.Case.IsOpen ? r.Case.Activity : null))], cancellationToken);
        var namesById = page.Select((r, i) => (r.Case.Id, Names: names[i])).ToDictionary(x => x.Id, x => x.Names);
        return Cursor.Page(page, limit, r => r.Case.Id,
            r => new CaseListItemDto(CaseService.ToDto(r.Case, r.Invoice, today), r.DebtorName, r.DebtorExternalId, next.GetValueOrDefault(r.Case.Id), namesById[r.Case.Id]));
    }

    /// <summary>
    /// For each open case whose latest outreach line is a deferral still ahead: when and why it will go. A line written
    /// after it (sent, skipped, uncertain) means the step moved on.
    /// </summary>
    private async Task<Dictionary<Guid, NextContactDto>> NextContactsAsync(Persistence.DomainDbContext db, List<Guid> caseIds, CancellationToken cancellationToken)
    {
        if (caseIds.Count == 0) return [];
        string[] kinds = [Outreach.Deferrals.ContactDeferralTimeline.Kind, "contact.sent", "contact.skipped", "contact.uncertain"];
        var lines = await db.Timeline.Where(t => caseIds.Contains(t.CaseId) && kinds.Contains(t.Kind)).ToListAsync(cancellationToken);
        var now = work.Now;
        var next = new Dictionary<Guid, NextContactDto>();
        foreach (var latest in lines.GroupBy(t => t.CaseId).Select(g => g.OrderBy(t => t.At).ThenBy(t => t.Id).Last()))
        {
            if (latest.Kind != Outreach.Deferrals.ContactDeferralTimeline.Kind || latest.ArgumentMap() is not { } a) continue;
            if (!DateTimeOffset.TryParse(a.GetValueOrDefault("until"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) || at <= now) continue;
            next[latest.CaseId] = new NextContactDto(a.GetValueOrDefault("channel") ?? "", at, a.GetValueOrDefault("untilLocal") ?? "", a.GetValueOrDefault("timeZone") ?? "",
                a.GetValueOrDefault("rule") is { Length: > 0 } rule ? rule : null, a);
        }

        return next;
    }

    public async Task<CaseViewDto?> GetViewAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(id, cancellationToken) is not { } detail) return null;
        Debtor debtor;
        Invoice invoice;
        await using (var db = work.Read())
        {
            debtor = await db.Debtors.SingleAsync(d => d.Id == detail.Case.DebtorId, cancellationToken);
            invoice = await db.Invoices.SingleAsync(i => i.Id == detail.Case.InvoiceId, cancellationToken);
        }

        var process = await ProcessViewAsync(detail.Case.ProcessInstanceId, cancellationToken);
        var names = process is null || detail.Case.Status != CaseStatuses.Open ? null
            : await activityNames.OfDefinitionAsync(process.DefinitionId, detail.Case.Activity, cancellationToken);
        return new CaseViewDto(detail, DebtorDto.From(debtor), InvoiceDto.From(invoice, id), process, names);
    }

    private async Task<CaseProcessViewDto?> ProcessViewAsync(Guid? instanceId, CancellationToken cancellationToken)
    {
        if (instanceId is not { } id || await queries.GetInstanceAsync(id, cancellationToken) is not { } instance) return null;
        var history = await queries.ListActivityHistoryAsync(id, cancellationToken);
        return new CaseProcessViewDto(
            instance.Id, instance.DefinitionId, instance.DefinitionKey, instance.DefinitionVersion, instance.Status.ToString(), instance.WaitingActivityIds,
            [.. history.Where(h => h.EndedAt is not null && !h.Canceled).Select(h => h.ActivityId).Distinct()],
            instance.OpenIncidents);
    }
}
