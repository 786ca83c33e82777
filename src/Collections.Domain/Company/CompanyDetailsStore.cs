using Collections.Domain.Cases;
using Collections.Domain.Outreach.Templates;
using Collections.Domain.Persistence;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Company;

/// <summary>
/// The company details in the database: the send steps read them (<see cref="ICompanyDetailsSource"/>), the admin page
/// reads and saves them. A save runs as one <see cref="DomainWork"/>, so the audit entry its caller declared commits
/// with it or not at all.
/// </summary>
public sealed class CompanyDetailsStore(DomainWork work, TemplateCatalog catalog) : ICompanyDetailsSource
{
    public async Task<CompanyDetailsValues> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        return (await FindAsync(db, cancellationToken))?.Values ?? CompanyDetailsValues.Empty;
    }

    public async Task<CompanyDetailsView> ViewAsync(CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        var stored = await FindAsync(db, cancellationToken);
        var values = stored?.Values ?? CompanyDetailsValues.Empty;
        var missing = await MissingAsync(db, values, cancellationToken);
        return new CompanyDetailsView(values.Name, values.TaxId, values.Payment, values.Phone, values.Email, values.Address, values.Signature,
            stored?.IsExample ?? false, stored?.UpdatedAt, stored?.UpdatedBy, missing);
    }

    public async Task<CompanyDetailsStatus> StatusAsync(CancellationToken cancellationToken)
    {
        var view = await ViewAsync(cancellationToken);
        return new CompanyDetailsStatus(view.Missing, view.IsExample);
    }

    /// <summary>Validates and saves every field; the values are then the admin's (never overwritten by a start-up).</summary>
    /// <exception cref="Errors.DomainValidationException">A field breaks a rule (<see cref="CompanyDetailsValidator"/>).</exception>
    public async Task<CompanyDetailsView> SaveAsync(CompanyDetailsInput input, string savedBy, CancellationToken cancellationToken)
    {
        var values = CompanyDetailsValidator.Check(input);
        await work.RunAsync(async db =>
        {
            if (await FindAsync(db, cancellationToken) is { } stored) stored.Apply(values, isExample: false, work.Now, savedBy);
            else db.CompanyDetails.Add(new CompanyDetails(values, isExample: false, work.Now, savedBy));
            return true;
        }, cancellationToken);
        return await ViewAsync(cancellationToken);
    }

    internal static Task<CompanyDetails?> FindAsync(DomainDbContext db, CancellationToken cancellationToken) =>
        db.CompanyDetails.SingleOrDefaultAsync(c => c.Id == CompanyDetails.SingletonId, cancellationToken);

    /// <summary>
    /// The fields some template prints that are empty; for payment, each currency of an open case without
    /// instructions (or plain <c>payment</c> when there are none at all and no open case says which).
    /// </summary>
    private async Task<IReadOnlyList<string>> MissingAsync(DomainDbContext db, CompanyDetailsValues values, CancellationToken cancellationToken)
    {
        var used = catalog.CompanyFieldsUsed;
        var missing = values.Missing(used.Where(f => f != CompanyFields.Payment), null).ToList();
        if (!used.Contains(CompanyFields.Payment)) return missing;
        var currencies = await db.Cases.Where(c => c.Status == CaseStatuses.Open)
            .Join(db.Invoices, c => c.InvoiceId, i => i.Id, (c, i) => i.Currency).Distinct().ToListAsync(cancellationToken);
        var unpaid = currencies.Select(c => c.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)
            .Where(c => !values.Payment.ContainsKey(c)).Select(CompanyFields.PaymentFor).ToList();
        if (unpaid.Count == 0 && values.Payment.Count == 0) unpaid.Add(CompanyFields.Payment);
        return [.. missing.Concat(unpaid).OrderBy(f => CompanyFields.All.ToList().IndexOf(f.Split(':')[0]))];
    }
}
