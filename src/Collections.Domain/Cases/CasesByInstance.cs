using Collections.Domain.Invoices;
using Collections.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Cases;

/// <summary>
/// The cases (with their invoices) that own some root process instances, including ones the current command added
/// but has not saved yet (a case opened in the same command as its first task).
/// </summary>
internal static class CasesByInstance
{
    public static async Task<Dictionary<Guid, (Case Case, Invoice Invoice)>> FindAsync(DomainDbContext db, IReadOnlyCollection<Guid> rootInstanceIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, (Case, Invoice)>();
        if (rootInstanceIds.Count == 0) return found;
        var cases = db.Cases.Local.Where(c => c.ProcessInstanceId is { } id && rootInstanceIds.Contains(id)).ToList();
        var missing = rootInstanceIds.Except(cases.Select(c => c.ProcessInstanceId!.Value)).ToList();
        if (missing.Count > 0)
        {
            cases.AddRange(await db.Cases.Where(c => c.ProcessInstanceId != null && missing.Contains(c.ProcessInstanceId.Value)).ToListAsync(cancellationToken));
        }

        if (cases.Count == 0) return found;
        var invoiceIds = cases.Select(c => c.InvoiceId).Distinct().ToList();
        var invoices = db.Invoices.Local.Where(i => invoiceIds.Contains(i.Id)).ToDictionary(i => i.Id);
        var unread = invoiceIds.Where(id => !invoices.ContainsKey(id)).ToList();
        if (unread.Count > 0)
        {
            foreach (var invoice in await db.Invoices.Where(i => unread.Contains(i.Id)).ToListAsync(cancellationToken)) invoices[invoice.Id] = invoice;
        }

        foreach (var @case in cases) found[@case.ProcessInstanceId!.Value] = (@case, invoices[@case.InvoiceId]);
        return found;
    }
}
