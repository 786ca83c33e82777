using Collections.Domain.Amounts;
using Collections.Domain.Validation;

namespace Collections.Domain.Payments;

/// <summary>Money received against an invoice; <see cref="Kind"/> is <c>full</c> when it brought the balance to zero.</summary>
public sealed class Payment
{
    private Payment()
    {
        Currency = Reference = Kind = string.Empty;
    }

    public Payment(Guid id, Guid invoiceId, Guid? caseId, Money amount, string? reference, DateOnly paidOn, bool full, DateTimeOffset now)
        : this()
    {
        (Id, InvoiceId, CaseId, Amount, Currency, PaidOn, CreatedAt) = (id, invoiceId, caseId, amount.Amount, amount.Currency, Check.Date(paidOn, "paidOn"), now);
        Reference = Check.Text(reference, "reference", 100);
        Kind = full ? "full" : "partial";
    }

    public Guid Id { get; private set; }

    public Guid InvoiceId { get; private set; }

    public Guid? CaseId { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The payer's or bank's reference; unique per invoice, so a resent payment is noticed.</summary>
    public string Reference { get; private set; }

    public DateOnly PaidOn { get; private set; }

    /// <summary><c>partial</c> or <c>full</c>.</summary>
    public string Kind { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
