using System.Globalization;
using Collections.Domain.Amounts;
using Collections.Domain.Cases;
using Collections.Domain.Errors;
using Collections.Domain.Tasks;
using Collections.Domain.Validation;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Plans;

/// <summary>
/// Payment plans proposed over the API. A plan splits the case's whole balance into dated installments (in the
/// invoice's currency, ascending, all after today) and supersedes the case's previous plan. If the case's process is
/// negotiating, the plan completes its negotiation step (<c>negotiationType=payment-plan</c>, the installment count and
/// dates), so the playbook confirms it and watches each installment; otherwise it is recorded on the case. Payments
/// count toward the installments (<see cref="PaymentPlan.CountPayment"/>).
/// </summary>
public sealed class PaymentPlanService(DomainWork work, CaseProcess process, NegotiationProcess negotiation)
{
    public async Task<PaymentPlanDto> ProposeAsync(Guid caseId, PaymentPlanInput input, Actor proposer, CancellationToken cancellationToken)
    {
        var notes = Check.OptionalMultilineText(input.Notes, "notes", 1000);
        var task = await negotiation.FindOpenTaskAsync(caseId, cancellationToken);
        return await work.RunAsync(async db =>
        {
            var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new NotFoundException("Case", caseId.ToString());
            @case.EnsureOpen();
            @case.Touch(work.Now);
            var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
            var currency = Amounts.Currency.Validate(input.Currency, "currency");
            if (currency != invoice.Currency) throw new MixedCurrencyException("currency", invoice.Currency, currency);
            var installments = Installments(input.Installments, work.Today);
            var plan = new PaymentPlan(work.NewId(), caseId, invoice.BalanceMoney, installments, work.Now);
            plan.Describe(proposer.Id, notes);
            foreach (var previous in await db.PaymentPlans.Where(p => p.CaseId == caseId && p.Status == PaymentPlanStatuses.Active).ToListAsync(cancellationToken))
            {
                previous.Supersede();
            }

            db.PaymentPlans.Add(plan);
            if (task is not null && await negotiation.TryCompleteAsync(task, proposer, Variables(plan, notes), cancellationToken)) plan.AgreedInProcess();
            var dates = string.Join(", ", installments.Select(i => i.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            process.Note(db, caseId, "plan.proposed", plan.ProcessState == NegotiationProcessStates.Agreed
                ? $"Payment plan of {invoice.BalanceMoney} in {installments.Count} installments ({dates}) agreed; the process watches the installments."
                : $"Payment plan of {invoice.BalanceMoney} in {installments.Count} installments ({dates}) proposed; the process was not negotiating, so it is recorded for the collectors.",
                TimelineArguments.Of(("count", TimelineArguments.Number(installments.Count)), ("dates", dates),
                    ("agreed", TimelineArguments.Flag(plan.ProcessState == NegotiationProcessStates.Agreed))).With(invoice.BalanceMoney));
            return ToDto(plan);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<PaymentPlanDto>?> ListAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken)) return null;
        var plans = await db.PaymentPlans.Where(p => p.CaseId == caseId).ToListAsync(cancellationToken);
        return plans.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Select(ToDto).ToList();
    }

    public async Task<PaymentPlanDto?> GetAsync(Guid caseId, Guid planId, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        var plan = await db.PaymentPlans.SingleOrDefaultAsync(p => p.Id == planId && p.CaseId == caseId, cancellationToken);
        return plan is null ? null : ToDto(plan);
    }

    public static PaymentPlanDto ToDto(PaymentPlan p) => new(
        p.Id, p.CaseId, p.Total, p.Currency, p.Status, p.ProcessState,
        p.Installments.Select((i, n) => new InstallmentDto(n + 1, i.DueDate, i.Amount, i.Paid)).ToList(),
        p.PaidSoFar, p.ProposedBy, p.Notes, p.CreatedAt);

    /// <summary>The negotiation form's variables, plus the dates the playbook's installment checks follow.</summary>
    private static Dictionary<string, object?> Variables(PaymentPlan plan, string? notes) => new()
    {
        [NegotiationSteps.NegotiationType] = NegotiationSteps.PaymentPlanType,
        ["installments"] = (long)plan.Installments.Count,
        [NegotiationSteps.InstallmentDueDates] = string.Join(",", plan.Installments.Select(i => i.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        ["installmentsPaid"] = 0L, // a new plan counts from its first installment
        ["planStartedAt"] = null,
        ["paymentPlanId"] = plan.Id.ToString(),
        ["notes"] = notes,
    };

    private static List<Installment> Installments(IReadOnlyList<InstallmentInput>? input, DateOnly today)
    {
        if (input is null || input.Count == 0) throw new DomainValidationException("plan.empty", "installments", "A plan needs at least one installment.");
        if (input.Count > 120) throw new DomainValidationException("plan.too-many-installments", "installments", "A plan has at most 120 installments.");
        var result = new List<Installment>(input.Count);
        for (var i = 0; i < input.Count; i++)
        {
            var field = $"installments[{i}].dueDate";
            var date = Check.Date(input[i]?.DueDate ?? throw new DomainValidationException("field.required", field, $"'{field}' is required."), field);
            if (date <= today)
            {
                throw new DomainValidationException("plan.date-not-future", field, $"Installment dates must be after today ({today:yyyy-MM-dd}); got {date:yyyy-MM-dd}.");
            }

            result.Add(new Installment(date, input[i].Amount, Paid: false));
        }

        return result;
    }
}
