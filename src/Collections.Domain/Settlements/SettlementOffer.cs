using Collections.Domain.Amounts;
using Collections.Domain.Errors;
using Collections.Domain.Plans;

namespace Collections.Domain.Settlements;

/// <summary>
/// A discount offered to close the debt with one payment of <see cref="Amount"/> by <see cref="ExpiresOn"/>. Its
/// approval follows the case's process: the approval task (<see cref="ApprovalTaskId"/>) decides it.
/// </summary>
public sealed class SettlementOffer
{
    private SettlementOffer()
    {
        Currency = ApprovalState = ProcessState = string.Empty;
    }

    public SettlementOffer(Guid id, Guid caseId, Money balance, decimal discountPercent, DateTimeOffset now)
        : this()
    {
        if (discountPercent is <= 0 or >= 100)
        {
            throw new DomainValidationException("settlement.discount-range", "discountPercent", "The discount must be between 0 and 100 percent, exclusive.");
        }

        var amount = Math.Round(balance.Amount * (100 - discountPercent) / 100, Amounts.Currency.DecimalsOf(balance.Currency), MidpointRounding.ToEven);
        (Id, CaseId, DiscountPercent, Amount, Currency, Balance, CreatedAt) = (id, caseId, discountPercent, amount, balance.Currency, balance.Amount, now);
        ApprovalState = SettlementApprovalStates.Pending;
        ProcessState = NegotiationProcessStates.Recorded;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public decimal DiscountPercent { get; private set; }

    /// <summary>What the debtor pays if accepted.</summary>
    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The case's balance the discount applies to.</summary>
    public decimal Balance { get; private set; }

    /// <summary>One of <see cref="SettlementApprovalStates"/>.</summary>
    public string ApprovalState { get; private set; }

    /// <summary>Who completed the approval task (the staff member's e-mail).</summary>
    public string? Approver { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The last day the debtor may pay the settled amount.</summary>
    public DateOnly ExpiresOn { get; private set; }

    /// <summary>One of <see cref="NegotiationProcessStates"/>.</summary>
    public string ProcessState { get; private set; }

    /// <summary>The process's approval task for this offer, once it opened.</summary>
    public Guid? ApprovalTaskId { get; private set; }

    /// <summary>Who may approve (the approval task's candidate groups), comma-separated.</summary>
    public string? ApprovalGroups { get; private set; }

    public string? ProposedBy { get; private set; }

    public string? Notes { get; private set; }

    public void Describe(DateOnly expiresOn, string? proposedBy, string? notes) => (ExpiresOn, ProposedBy, Notes) = (expiresOn, proposedBy, notes);

    public void AgreedInProcess() => ProcessState = NegotiationProcessStates.Agreed;

    public void AwaitApproval(Guid taskId, IReadOnlyList<string> groups) => (ApprovalTaskId, ApprovalGroups) = (taskId, string.Join(",", groups));

    public bool IsExpired(DateOnly today) => ApprovalState != SettlementApprovalStates.Rejected && today > ExpiresOn;

    public void Decide(bool approved, string approver, DateTimeOffset now)
    {
        if (ApprovalState != SettlementApprovalStates.Pending) throw new DomainConflictException("settlement.decided", $"Offer {Id} is already {ApprovalState}.");
        (ApprovalState, Approver, DecidedAt) = (approved ? SettlementApprovalStates.Approved : SettlementApprovalStates.Rejected, approver, now);
    }
}
