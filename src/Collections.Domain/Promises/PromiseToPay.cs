using Collections.Domain.Amounts;
using Collections.Domain.Errors;

namespace Collections.Domain.Promises;

/// <summary>
/// The debtor's word to pay <see cref="Amount"/> by <see cref="PromisedDate"/>. Kept once payments since the promise
/// reach the amount on or before that date (in the debtor's time zone); broken when the date passes without that.
/// </summary>
public sealed class PromiseToPay
{
    private PromiseToPay()
    {
        Currency = Status = string.Empty;
    }

    public PromiseToPay(Guid id, Guid caseId, Money amount, DateOnly promisedDate, DateOnly today, DateTimeOffset now)
        : this()
    {
        if (promisedDate < today)
        {
            throw new DomainValidationException("promise.date-past", "promiseDate", $"The promise date {promisedDate:yyyy-MM-dd} is before today ({today:yyyy-MM-dd}).");
        }

        (Id, CaseId, Amount, Currency, PromisedDate, CreatedAt) = (id, caseId, amount.Amount, amount.Currency, promisedDate, now);
        Status = PromiseStatuses.Open;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    public DateOnly PromisedDate { get; private set; }

    public decimal PaidSoFar { get; private set; }

    public string Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public bool IsOpen => Status == PromiseStatuses.Open;

    /// <summary>Counts a payment made on <paramref name="paidOn"/>; returns true when it makes the promise kept.</summary>
    public bool CountPayment(Money payment, DateOnly paidOn, DateTimeOffset now)
    {
        if (!IsOpen || paidOn > PromisedDate) return false;
        PaidSoFar = (new Money(PaidSoFar, Currency) + payment).Amount;
        if (PaidSoFar < Amount) return false;
        (Status, ResolvedAt) = (PromiseStatuses.Kept, now);
        return true;
    }

    public void Break(DateTimeOffset now)
    {
        if (IsOpen) (Status, ResolvedAt) = (PromiseStatuses.Broken, now);
    }
}
