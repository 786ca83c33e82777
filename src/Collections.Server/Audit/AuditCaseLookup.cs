using Collections.Server.Persistence.Reads;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Audit;

/// <summary>The case of an invoice, for audited actions whose route names the invoice (a payment), so the case page shows them.</summary>
internal sealed class AuditCaseLookup(StaffReadDbContextFactory reads)
{
    public async Task<Guid?> ForInvoiceAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        await using var db = reads.Create();
        return await db.Cases.Where(c => c.InvoiceId == invoiceId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
