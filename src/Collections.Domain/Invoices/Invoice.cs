using Collections.Domain.Amounts;
using Collections.Domain.Errors;
using Collections.Domain.Validation;

namespace Collections.Domain.Invoices;

/// <summary>
/// An amount a debtor owes by a due date. <see cref="Balance"/> starts at <see cref="Amount"/> and only payments
/// lower it; it never goes below zero and is always in the invoice's currency.
/// </summary>
public sealed class Invoice
{
    private Invoice()
    {
        ExternalId = Number = Currency = Status = string.Empty;
    }

    public Invoice(Guid id, Guid debtorId, InvoiceInput input, DateTimeOffset now)
        : this()
    {
        Id = id;
        DebtorId = debtorId;
        ExternalId = Check.Text(input.ExternalId, "externalId", 100);
        Number = Check.Text(input.Number, "number", 60);
        CreatedAt = now;
        Status = InvoiceStatuses.Open;
        var money = Money.Positive(input.Amount, input.Currency, "amount", "currency");
        (Amount, Currency, Balance) = (money.Amount, money.Currency, money.Amount);
        SetDetails(input, now);
    }

    public Guid Id { get; private set; }

    public string ExternalId { get; private set; }

    /// <summary>The invoice number printed on the document; the business key of its case's process.</summary>
    public string Number { get; private set; }

    public Guid DebtorId { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>ISO 4217.</summary>
    public string Currency { get; private set; }

    public decimal Balance { get; private set; }

    public DateOnly IssueDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public string? PurchaseOrderNumber { get; private set; }

    /// <summary>One of <see cref="InvoiceStatuses"/>.</summary>
    public string Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency: two payments racing on one invoice cannot both subtract from the same balance.</summary>
    public int Version { get; private set; }

    public Money AmountMoney => new(Amount, Currency);

    public Money BalanceMoney => new(Balance, Currency);

    /// <summary>Whole days past the due date on <paramref name="today"/> (0 when not yet due).</summary>
    public int DaysOverdue(DateOnly today) => Math.Max(0, today.DayNumber - DueDate.DayNumber);

    /// <summary>Updates an existing invoice. Amount and currency may change only while no payment has been applied.</summary>
    public void Update(InvoiceInput input, DateTimeOffset now)
    {
        if (input.ExternalId is not null && !string.Equals(input.ExternalId.Trim(), ExternalId, StringComparison.Ordinal))
        {
            throw new DomainValidationException("invoice.external-id-mismatch", "externalId", $"The body names invoice '{input.ExternalId}' but the request is for '{ExternalId}'.");
        }

        var number = Check.Text(input.Number, "number", 60);
        var money = Money.Positive(input.Amount, input.Currency, "amount", "currency");
        if ((money.Amount != Amount || money.Currency != Currency) && Balance != Amount)
        {
            throw new DomainConflictException("invoice.amount-locked", $"Invoice {Number} already has payments; its amount and currency can no longer change.");
        }

        SetDetails(input, now);
        (Number, Amount, Currency) = (number, money.Amount, money.Currency);
        Version++;
        if (Status == InvoiceStatuses.Open) Balance = money.Amount;
    }

    /// <summary>Lowers the balance; returns true when it reached zero (the invoice is paid).</summary>
    public bool ApplyPayment(Money payment, DateTimeOffset now)
    {
        if (payment.Currency != Currency) throw new MixedCurrencyException("currency", Currency, payment.Currency);
        if (Status != InvoiceStatuses.Open) throw new DomainConflictException("invoice.not-open", $"Invoice {Number} is {Status}; it takes no more payments.");
        if (payment.Amount > Balance)
        {
            throw new DomainValidationException("payment.exceeds-balance", "amount", $"The payment of {payment} exceeds the balance of {BalanceMoney}.");
        }

        Balance -= payment.Amount;
        UpdatedAt = now;
        Version++;
        if (Balance != 0) return false;
        Status = InvoiceStatuses.Paid;
        return true;
    }

    /// <summary>Nothing more is collected (case written off or canceled).</summary>
    public void Close(DateTimeOffset now)
    {
        if (Status == InvoiceStatuses.Open) (Status, UpdatedAt, Version) = (InvoiceStatuses.Closed, now, Version + 1);
    }

    private void SetDetails(InvoiceInput input, DateTimeOffset now)
    {
        var issue = Check.Date(input.IssueDate ?? throw Missing("issueDate"), "issueDate");
        var due = Check.Date(input.DueDate ?? throw Missing("dueDate"), "dueDate");
        if (due < issue) throw new DomainValidationException("invoice.due-before-issue", "dueDate", $"The due date {due:yyyy-MM-dd} is before the issue date {issue:yyyy-MM-dd}.");
        (IssueDate, DueDate, PurchaseOrderNumber, UpdatedAt) = (issue, due, Check.OptionalText(input.PurchaseOrderNumber, "purchaseOrderNumber", 60), now);
    }

    private static DomainValidationException Missing(string field) => new("field.required", field, $"'{field}' is required.");
}
