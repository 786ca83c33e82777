using Collections.Domain.Promises;

namespace Collections.Domain.Scheduling;

/// <summary>
/// The domain's time-driven duties in one call: open the cases of invoices that became overdue, break promises whose
/// day has passed, follow the stages processes moved to by themselves. The background service calls it every scan interval; tests call it after moving the fake clock.
/// </summary>
public sealed class DomainClock(DueInvoiceScanner invoices, PromiseService promises, StageObserver stages)
{
    public async Task<DomainClockResult> RunDueAsync(CancellationToken cancellationToken) =>
        new(await invoices.OpenDueAsync(cancellationToken), await promises.BreakDueAsync(cancellationToken), await stages.RefreshAsync(cancellationToken));
}

/// <summary>What one run did.</summary>
public sealed record DomainClockResult(int CasesOpened, int PromisesBroken, int StagesChanged);
