using Collections.Domain.Amounts;
using Collections.Domain.Errors;

namespace Collections.Domain.Plans;

/// <summary>The balance split into dated installments; their sum must equal the plan total, dates strictly increasing.</summary>
public sealed class PaymentPlan
{
    private PaymentPlan()
    {
        Currency = string.Empty;
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
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public decimal Total { get; private set; }

    public string Currency { get; private set; }

    public IReadOnlyList<Installment> Installments { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
}
