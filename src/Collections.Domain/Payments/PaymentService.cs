using Collections.Domain.Amounts;
using Collections.Domain.Cases;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Errors;
using Collections.Domain.Plans;
using Collections.Domain.Promises;
using Collections.Domain.Validation;
using Collections.Domain.Webhooks;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Payments;

/// <summary>
/// Applies a payment to an invoice. A partial payment lowers the balance and tells the process
/// (<see cref="ProcessMessages.PartialPayment"/>); the payment that brings the balance to zero sends
/// <see cref="ProcessMessages.PaymentReceived"/> and closes the case as paid. If the process waits for no such message,
/// the payment is recorded anyway; a full payment then cancels the instance so the case closes either way.
/// </summary>
public sealed class PaymentService(
    DomainWork work, CaseProcess process, WebhookOutbox outbox, Invoices.CourtesyCalls courtesyCalls, IOptions<CasePriorityOptions> priority)
{
    public Task<PaymentDto> ApplyAsync(Guid invoiceId, PaymentInput input, CancellationToken cancellationToken)
    {
        var reference = Check.Text(input.Reference, "reference", 100);
        return work.RunAsync(async db =>
        {
            var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken) ?? throw new NotFoundException("Invoice", invoiceId.ToString());
            var money = Money.Positive(input.Amount, input.Currency, "amount", "currency");
            var paidOn = Check.Date(input.PaidOn ?? work.Today, "paidOn");
            if (await db.Payments.AnyAsync(p => p.InvoiceId == invoiceId && p.Reference == reference, cancellationToken))
            {
                throw new DomainConflictException("payment.duplicate-reference", $"Invoice {invoice.Number} already has a payment with reference '{reference}'.");
            }

            var full = invoice.ApplyPayment(money, work.Now);
            var @case = await db.Cases.SingleOrDefaultAsync(c => c.InvoiceId == invoiceId, cancellationToken);
            var payment = new Payment(work.NewId(), invoiceId, @case?.Id, money, reference, paidOn, full, work.Now);
            db.Payments.Add(payment);

            if (@case is not null)
            {
                @case.Touch(work.Now);
                process.Note(db, @case.Id, WebhookEvents.PaymentApplied, $"{payment.Kind} payment {money} ({reference}); balance {invoice.BalanceMoney}.",
                    TimelineArguments.Of(("kind", payment.Kind), ("reference", reference)).With(money).With(invoice.BalanceMoney, "balance"));
                var kept = false;
                foreach (var promise in await db.Promises.Where(p => p.CaseId == @case.Id && p.Status == PromiseStatuses.Open).ToListAsync(cancellationToken))
                {
                    if (!promise.CountPayment(money, paidOn, work.Now)) continue;
                    kept = true;
                    process.Note(db, @case.Id, "promise.kept", $"Promise of {promise.Amount} {promise.Currency} by {promise.PromisedDate:yyyy-MM-dd} kept.",
                        TimelineArguments.Of(("date", TimelineArguments.Day(promise.PromisedDate))).With(new Money(promise.Amount, promise.Currency)));
                }

                var plan = await db.PaymentPlans.Where(p => p.CaseId == @case.Id && p.Status == PaymentPlanStatuses.Active).FirstOrDefaultAsync(cancellationToken);
                var installmentsPaid = plan?.CountPayment(money.Amount) ?? 0;
                if (installmentsPaid > 0)
                {
                    var paidNow = plan!.Installments.Count(i => i.Paid);
                    process.Note(db, @case.Id, "plan.installment-paid", $"Installment {paidNow} of {plan.Installments.Count} of the payment plan paid{(plan.Status == PaymentPlanStatuses.Completed ? "; the plan is completed" : string.Empty)}.",
                        TimelineArguments.Of(("paid", TimelineArguments.Number(paidNow)), ("count", TimelineArguments.Number(plan.Installments.Count)),
                            ("completed", TimelineArguments.Flag(plan.Status == PaymentPlanStatuses.Completed))));
                }

                if (@case.IsOpen)
                {
                    await TellProcessAsync(db, @case, invoice, payment, full, kept, cancellationToken);
                    if (!full && plan is { ProcessState: NegotiationProcessStates.Agreed }) await TellInstallmentsAsync(db, @case, plan, installmentsPaid, cancellationToken);
                }
            }
            else if (full)
            {
                await courtesyCalls.CancelAsync(invoice.Number, "paid before the due date", cancellationToken); // nobody calls about a paid invoice
            }

            await outbox.EnqueueAsync(db, WebhookEvents.PaymentApplied, new
            {
                payment = new PaymentDto(payment.Id, invoiceId, @case?.Id, payment.Amount, payment.Currency, reference, paidOn, payment.Kind, invoice.Balance, payment.CreatedAt),
                invoiceNumber = invoice.Number,
            }, work.NewId, work.Now, cancellationToken);
            return new PaymentDto(payment.Id, invoiceId, @case?.Id, payment.Amount, payment.Currency, reference, paidOn, payment.Kind, invoice.Balance, payment.CreatedAt);
        }, cancellationToken);
    }

    /// <summary>The playbook waits for one <see cref="ProcessMessages.InstallmentPaid"/> per installment of an agreed plan.</summary>
    private async Task TellInstallmentsAsync(Persistence.DomainDbContext db, Case @case, PaymentPlan plan, int newlyPaid, CancellationToken cancellationToken)
    {
        var first = plan.Installments.Count(i => i.Paid) - newlyPaid + 1;
        for (var n = first; n < first + newlyPaid; n++)
        {
            await process.TryCorrelateAsync(db, @case, ProcessMessages.InstallmentPaid, new Dictionary<string, object?>
            {
                ["paymentPlanId"] = plan.Id.ToString(),
                ["installmentNumber"] = (long)n,
            }, cancellationToken);
        }
    }

    private async Task TellProcessAsync(Persistence.DomainDbContext db, Case @case, Invoices.Invoice invoice, Payment payment, bool full, bool promiseKept, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, object?>
        {
            ["paymentAmount"] = payment.Amount,
            ["paymentReference"] = payment.Reference,
        }; // not the balance: the playbook keeps its own (balance = balance - paymentAmount)
        if (promiseKept) variables["promiseKept"] = true;

        if (!full)
        {
            if (promiseKept) await process.TrySetVariablesAsync(@case, new Dictionary<string, object?> { ["promiseKept"] = true }, cancellationToken);
            await process.TryCorrelateAsync(db, @case, ProcessMessages.PartialPayment, variables, cancellationToken);
            var debtor = await db.Debtors.SingleAsync(d => d.Id == @case.DebtorId, cancellationToken);
            @case.SetPriority(priority.Value.Compute(invoice.Balance, invoice.DaysOverdue(work.Today), debtor.RiskScore, @case.BrokenPromises), work.Now);
            return;
        }

        if (!await process.TryCorrelateAsync(db, @case, ProcessMessages.PaymentReceived, variables, cancellationToken)
            && await process.TryCancelAsync(@case, "paid in full", cancellationToken))
        {
            process.Note(db, @case.Id, "process.canceled", "The process was canceled because the invoice is paid in full.",
                TimelineArguments.Of(("reason", CaseOutcomes.Paid)));
        }

        @case.Close(CaseOutcomes.Paid, work.Now);
        process.Note(db, @case.Id, WebhookEvents.CaseClosed, $"Case closed: invoice {invoice.Number} paid in full.",
            TimelineArguments.Of(("outcome", CaseOutcomes.Paid), ("invoice", invoice.Number)));
        await outbox.EnqueueAsync(db, WebhookEvents.CaseClosed, CaseService.ToDto(@case, invoice, work.Today), work.NewId, work.Now, cancellationToken);
    }
}
