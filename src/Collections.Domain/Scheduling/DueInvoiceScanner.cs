using Collections.Domain.Cases;
using Collections.Domain.Errors;
using Collections.Domain.Invoices;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Scheduling;

/// <summary>
/// Opens the case of every registered invoice that is still open after its due date plus <see cref="CaseOptions.GraceDays"/>
/// (UTC dates). An invoice paid first is no longer open and never opens one. Runs on the injected clock; two nodes
/// racing for one invoice are stopped by the unique case-per-invoice index (the loser skips it). An invoice whose
/// courtesy process still runs waits for it: that process resolves an early dispute first, or opens the case itself.
/// </summary>
public sealed partial class DueInvoiceScanner(
    DomainWork work, CaseService cases, CourtesyCalls courtesyCalls, IOptions<CaseOptions> options, ILogger<DueInvoiceScanner> logger)
{
    public async Task<int> OpenDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var dueBefore = work.Today.AddDays(-settings.GraceDays); // due date + grace < today
        List<(Guid Id, string Number)> due;
        await using (var read = work.Read())
        {
            due = (await read.Invoices
                .Where(i => i.Status == InvoiceStatuses.Open && i.DueDate < dueBefore && !read.Cases.Any(c => c.InvoiceId == i.Id))
                .OrderBy(i => i.DueDate).Select(i => new { i.Id, i.Number }).Take(500).ToListAsync(cancellationToken))
                .Select(i => (i.Id, i.Number)).ToList();
        }

        var opened = 0;
        foreach (var (id, number) in due)
        {
            if (await courtesyCalls.IsRunningAsync(number, cancellationToken)) continue;
            try
            {
                await work.RunAsync(async db =>
                {
                    var invoice = await db.Invoices.SingleAsync(i => i.Id == id, cancellationToken);
                    return await cases.OpenInAsync(db, invoice, settings.DefaultProcessKey, null, cancellationToken);
                }, cancellationToken);
                opened++;
            }
            catch (DomainConflictException)
            {
                // paid or opened meanwhile (another node, an integrator's POST /cases)
            }
            catch (NotFoundException ex)
            {
                LogCannotOpen(id, ex.Message); // process not deployed yet: the next scan tries again
            }
        }

        return opened;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot open the case of overdue invoice {InvoiceId} yet: {Reason}")]
    private partial void LogCannotOpen(Guid invoiceId, string reason);
}
