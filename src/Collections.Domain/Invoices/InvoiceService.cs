using Collections.Domain.Debtors;
using Collections.Domain.Errors;
using Collections.Domain.Paging;
using Collections.Domain.Persistence;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Invoices;

/// <summary>
/// Invoice registration. An invoice registered before its due date starts its courtesy process (<see cref="CourtesyCalls"/>)
/// and waits; the <c>DueInvoiceScanner</c> opens its case after the due date plus the grace period unless a payment
/// brought the balance to zero first.
/// </summary>
public sealed class InvoiceService(DomainWork work, CourtesyCalls courtesyCalls)
{
    public Task<InvoiceDto> CreateAsync(InvoiceInput input, CancellationToken cancellationToken) =>
        work.RunAsync(async db => InvoiceDto.From(await RegisterInAsync(db, input, cancellationToken), null), cancellationToken);

    public Task<(InvoiceDto Invoice, bool Created)> UpsertAsync(string externalId, InvoiceInput input, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var existing = await db.Invoices.SingleOrDefaultAsync(i => i.ExternalId == externalId, cancellationToken);
            if (existing is null)
            {
                var created = await RegisterInAsync(db, input with { ExternalId = input.ExternalId ?? externalId }, cancellationToken);
                if (created.ExternalId != externalId)
                {
                    throw new DomainValidationException("invoice.external-id-mismatch", "externalId", $"The body names invoice '{created.ExternalId}' but the URL names '{externalId}'.");
                }

                return (InvoiceDto.From(created, null), true);
            }

            await UpdateInAsync(db, existing, input, cancellationToken);
            var caseId = await db.Cases.Where(c => c.InvoiceId == existing.Id).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
            return (InvoiceDto.From(existing, caseId), false);
        }, cancellationToken);

    public async Task<InvoiceDto?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invoice is null) return null;
        var caseId = await db.Cases.Where(c => c.InvoiceId == id).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        return InvoiceDto.From(invoice, caseId);
    }

    public async Task<Page<InvoiceDto>> ListAsync(InvoiceQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var after = Cursor.Decode(query.Cursor);
        await using var db = work.Read();
        var rows = db.Invoices.AsQueryable();
        if (query.Status is { } status) rows = rows.Where(i => i.Status == status);
        if (query.DueBefore is { } dueBefore) rows = rows.Where(i => i.DueDate < dueBefore);
        if (query.DebtorExternalId is { } debtor) rows = rows.Where(i => db.Debtors.Any(d => d.Id == i.DebtorId && d.ExternalId == debtor));
        if (after is { } a) rows = rows.Where(i => i.Id.CompareTo(a) > 0);
        var page = await rows.OrderBy(i => i.Id).Take(limit + 1)
            .Select(i => new { Invoice = i, CaseId = db.Cases.Where(c => c.InvoiceId == i.Id).Select(c => (Guid?)c.Id).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return Cursor.Page(page, limit, r => r.Invoice.Id, r => InvoiceDto.From(r.Invoice, r.CaseId));
    }

    /// <summary>A registration by an integrator: the invoice, and its courtesy process when it is not yet due.</summary>
    private async Task<Invoice> RegisterInAsync(DomainDbContext db, InvoiceInput input, CancellationToken cancellationToken)
    {
        var invoice = await CreateInAsync(db, input, cancellationToken);
        await courtesyCalls.StartIfBeforeDueAsync(db, invoice, cancellationToken);
        return invoice;
    }

    /// <summary>Creates the invoice inside the caller's unit of work; 409 when the external id or number is taken.</summary>
    internal async Task<Invoice> CreateInAsync(DomainDbContext db, InvoiceInput input, CancellationToken cancellationToken)
    {
        var debtor = await FindDebtorAsync(db, input.DebtorExternalId, cancellationToken);
        var invoice = new Invoice(work.NewId(), debtor.Id, input, work.Now);
        var clash = await db.Invoices.Where(i => i.ExternalId == invoice.ExternalId || i.Number == invoice.Number)
            .Select(i => new { i.ExternalId }).FirstOrDefaultAsync(cancellationToken); // one round trip for both checks
        if (clash is not null)
        {
            throw clash.ExternalId == invoice.ExternalId
                ? new DomainConflictException("invoice.exists", $"An invoice with external id '{invoice.ExternalId}' exists; PUT /api/v1/invoices/external/{invoice.ExternalId} updates it.")
                : new DomainConflictException("invoice.number-taken", $"Invoice number '{invoice.Number}' belongs to another invoice.");
        }

        db.Invoices.Add(invoice);
        return invoice;
    }

    internal async Task UpdateInAsync(DomainDbContext db, Invoice invoice, InvoiceInput input, CancellationToken cancellationToken)
    {
        var debtor = await FindDebtorAsync(db, input.DebtorExternalId, cancellationToken);
        if (debtor.Id != invoice.DebtorId) throw new DomainConflictException("invoice.debtor-locked", $"Invoice {invoice.Number} belongs to another debtor; the debtor cannot change.");
        var number = input.Number?.Trim();
        if (number != invoice.Number && await db.Invoices.AnyAsync(i => i.Number == number && i.Id != invoice.Id, cancellationToken))
        {
            throw new DomainConflictException("invoice.number-taken", $"Invoice number '{number}' belongs to another invoice.");
        }

        invoice.Update(input, work.Now);
    }

    private static async Task<Debtor> FindDebtorAsync(DomainDbContext db, string? externalId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(externalId)) throw new DomainValidationException("field.required", "debtorExternalId", "'debtorExternalId' is required.");
        return db.Debtors.Local.FirstOrDefault(d => d.ExternalId == externalId)
            ?? await db.Debtors.SingleOrDefaultAsync(d => d.ExternalId == externalId, cancellationToken)
            ?? throw new DomainValidationException("debtor.unknown", "debtorExternalId", $"No debtor has external id '{externalId}'; register it first (PUT /api/v1/debtors/{{externalId}}).");
    }
}
