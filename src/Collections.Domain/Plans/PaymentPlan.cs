using Collections.Domain.Amounts;
using Collections.Domain.Errors;

namespace Collections.Domain.Plans;

/// <summary>
/// The balance split into dated installments; their sum must equal the plan total, dates strictly increasing. A case
/// has at most one <see cref="PaymentPlanStatuses.Active"/> plan: a new one supersedes it. Payments count toward the
/// installments in order (<see cref="CountPayment"/>).
/// </summary>
public sealed class PaymentPlan
{
    private PaymentPlan()
    {
        Currency = Status = ProcessState = string.Empty;
    }

    public PaymentPlan(Guid id, Guid caseId, Money total, IReadOnlyList<Installment> installments, DateTimeOffset now)
        : this()
    {
        if (installments.Count == 0) throw new DomainValidationException("plan.empty", "installments", "A plan needs at least one installment.");
        for (var i = 0; i < installments.Count; i++)
        {
            Money.CheckAmount(installments[i].Amount, total.Currency, $"installments[{i}].amount", allowZero: false);
            if (i > 0 && installments[i].DueDate <= installments[i - 1].DueDate)
            {
                throw new DomainValidationException("plan.dates-not-increasing", $"installments[{i}].dueDate", "Installment dates must increase.");
            }
        }

        if (installments.Sum(x => x.Amount) != total.Amount)
        {
            throw new DomainValidationException("plan.sum-mismatch", "installments", $"The installments add up to {installments.Sum(x => x.Amount)} but the plan is for {total}.");
        }

        (Id, CaseId, Total, Currency, Installments, CreatedAt) = (id, caseId, total.Amount, total.Currency, installments, now);
        Status = PaymentPlanStatuses.Active;
        ProcessState = NegotiationProcessStates.Recorded;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public decimal Total { get; private set; }

    public string Currency { get; private set; }

    public IReadOnlyList<Installment> Installments { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>One of <see cref="PaymentPlanStatuses"/>.</summary>
    public string Status { get; private set; }

    /// <summary>Payments counted toward the installments since the plan was agreed.</summary>
    public decimal PaidSoFar { get; private set; }

    /// <summary>One of <see cref="NegotiationProcessStates"/>: whether the case's process took the plan.</summary>
    public string ProcessState { get; private set; }

    /// <summary>Who proposed it (the API key's name).</summary>
    public string? ProposedBy { get; private set; }

    public string? Notes { get; private set; }

    public void Describe(string? proposedBy, string? notes) => (ProposedBy, Notes) = (proposedBy, notes);

    public void AgreedInProcess() => ProcessState = NegotiationProcessStates.Agreed;

    public void Supersede() => Status = PaymentPlanStatuses.Superseded;

    /// <summary>
    /// Counts <paramref name="amount"/> toward the installments in due-date order and returns how many became fully
    /// paid with it; the plan is completed when all are.
    /// </summary>
    public int CountPayment(decimal amount)
    {
        if (Status != PaymentPlanStatuses.Active) return 0;
        PaidSoFar += amount;
        var covered = 0m;
        var newlyPaid = 0;
        var updated = new List<Installment>(Installments.Count);
        foreach (var installment in Installments)
        {
            covered += installment.Amount;
            var paid = covered <= PaidSoFar;
            if (paid && !installment.Paid) newlyPaid++;
            updated.Add(installment with { Paid = paid || installment.Paid });
        }

        Installments = updated; // a new list: the JSON column sees the change
        if (updated.All(i => i.Paid)) Status = PaymentPlanStatuses.Completed;
        return newlyPaid;
    }
}
