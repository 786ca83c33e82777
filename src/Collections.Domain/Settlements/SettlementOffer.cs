using Collections.Domain.Amounts;
using Collections.Domain.Errors;

namespace Collections.Domain.Settlements;

/// <summary>A discount offered to close the debt; above the approval limit a manager must approve it.</summary>
public sealed class SettlementOffer
{
    private SettlementOffer()
    {
        Currency = ApprovalState = string.Empty;
    }

    public SettlementOffer(Guid id, Guid caseId, Money balance, decimal discountPercent, DateTimeOffset now)
        : this()
    {
        if (discountPercent is <= 0 or >= 100)
        {
            throw new DomainValidationException("settlement.discount-range", "discountPercent", "The discount must be between 0 and 100 percent, exclusive.");
        }

        var amount = Math.Round(balance.Amount * (100 - discountPercent) / 100, Amounts.Currency.DecimalsOf(balance.Currency), MidpointRounding.ToEven);
        (Id, CaseId, DiscountPercent, Amount, Currency, CreatedAt) = (id, caseId, discountPercent, amount, balance.Currency, now);
        ApprovalState = "pending";
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public decimal DiscountPercent { get; private set; }

    /// <summary>What the debtor pays if accepted.</summary>
    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    /// <summary><c>pending</c>, <c>approved</c> or <c>rejected</c>.</summary>
    public string ApprovalState { get; private set; }

    public string? Approver { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Decide(bool approved, string approver)
    {
        if (ApprovalState != "pending") throw new DomainConflictException("settlement.decided", $"Offer {Id} is already {ApprovalState}.");
        (ApprovalState, Approver) = (approved ? "approved" : "rejected", approver);
    }
}
