using Collections.Domain.Cases;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Templates;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Collections.Domain.Outreach.Preview;

/// <summary>
/// Renders a template for a case with the model the send workers use (<see cref="OutreachModel"/>): the case's process
/// variables, the debtor's current language, zone and country, <c>daysOverdue</c> as of now. A case whose process is
/// gone is previewed from the domain's own facts (the start variables and the balance). Nothing is sent or recorded.
/// </summary>
public sealed class TemplatePreviewService(DomainWork work, IProcessQueries queries, TemplateCatalog catalog, TemplateRenderer renderer, Company.ICompanyDetailsSource company)
{
    public static readonly IReadOnlyList<string> Languages = ["es", "en"];

    /// <exception cref="NotFoundException">No such case.</exception>
    /// <exception cref="TemplateNotFoundException">No such template key.</exception>
    /// <exception cref="TemplateRenderException">The case lacks a variable the template reads.</exception>
    /// <exception cref="Company.CompanyDetailsMissingException">The template prints company details nobody has set.</exception>
    public async Task<TemplatePreview> PreviewAsync(Guid caseId, string key, string? language, CancellationToken cancellationToken)
    {
        if (language is not null && !Languages.Contains(language))
        {
            throw new DomainValidationException("language.unsupported", "language", $"'{language}' is not a template language; use es or en.");
        }

        await using var db = work.Read();
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new NotFoundException("Case", caseId.ToString());
        if (!catalog.Contains(key)) throw new TemplateNotFoundException(key, language ?? catalog.DefaultLanguage, catalog.Directory);
        var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
        var debtor = await db.Debtors.SingleAsync(d => d.Id == @case.DebtorId, cancellationToken);

        var variables = await ProcessVariablesAsync(@case, cancellationToken)
            ?? new Dictionary<string, object?>(CaseService.StartVariables(@case, invoice, debtor, invoice.DaysOverdue(work.Today))) { ["balance"] = invoice.Balance };
        var facts = new OutreachContactFacts([], new HashSet<string>(), false, [], null, language ?? debtor.Language, debtor.TimeZone, debtor.Country, @case.Id);
        OutreachModel.Apply(variables, facts, Instant.FromDateTimeOffset(work.Now));
        var rendered = renderer.Render(key, variables, await company.GetAsync(cancellationToken));
        return new TemplatePreview(@case.Id, key, rendered.Language, rendered.Culture, rendered.Subject, rendered.Body, rendered.Html);
    }

    private async Task<Dictionary<string, object?>?> ProcessVariablesAsync(Case @case, CancellationToken cancellationToken)
    {
        if (@case.ProcessInstanceId is not { } instanceId) return null;
        try
        {
            var variables = await queries.GetVariablesAsync(instanceId, cancellationToken);
            return variables.ToDictionary(v => v.Key, v => v.Value.ToClr(), StringComparer.Ordinal);
        }
        catch (NotFoundException)
        {
            return null; // the instance ended and was cleaned up
        }
    }
}
