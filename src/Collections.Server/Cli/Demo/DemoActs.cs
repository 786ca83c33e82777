using System.Globalization;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Disputes;
using Collections.Domain.Invoices;
using Collections.Domain.Payments;
using Collections.Domain.Plans;
using Collections.Domain.Settlements;
using Collections.Domain.Tasks;
using Collections.Engine.Api;
using Collections.Engine.Errors;

namespace Collections.Server.Cli.Demo;

/// <summary>
/// What people do in the demo, through the services the staff UI and the REST API call: collectors record calls,
/// promises, disputes and negotiations on weekday afternoons (UTC 15:00, within every demo country's calling hours);
/// debtors pay when their story says so. Each task kind is acted on once per case; an act the product refuses
/// (a contact rule, a holiday) is tried again the next working day.
/// </summary>
internal sealed class DemoActs(IServiceProvider services, IReadOnlyList<DemoAccount> staff)
{
    private const int WorkingHourUtc = 15;

    private readonly Actor _junior = staff.Single(a => a.Role == Security.StaffRoles.Collector).Actor;
    private readonly Actor _senior = staff.Single(a => a.Role == Security.StaffRoles.SeniorCollector).Actor;

    /// <summary>The next weekday at the staff's working hour after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextWorkingHour(DateTimeOffset now)
    {
        var next = new DateTimeOffset(now.UtcDateTime.Date.AddHours(WorkingHourUtc), TimeSpan.Zero);
        if (next <= now) next = next.AddDays(1);
        while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) next = next.AddDays(1);
        return next;
    }

    public async Task RunAsync(IReadOnlyList<DemoCase> cast, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await PayAsync(cast, now, cancellationToken);
        if (now.UtcDateTime.Hour != WorkingHourUtc || now.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return;
        var byNumber = cast.ToDictionary(c => c.InvoiceNumber);
        foreach (var task in await OpenTasksAsync(cancellationToken))
        {
            if (task.BusinessKey is not { } key || !byNumber.TryGetValue(key, out var demo) || demo.Acted.Contains(task.TaskDefinitionKey)) continue;
            try
            {
                if (await ActAsync(demo, task, now, cancellationToken)) demo.Acted.Add(task.TaskDefinitionKey);
            }
            catch (CollectionsException)
            {
                // Refused now (outside the contact rules, a holiday, a task someone else holds): tomorrow again.
            }
        }
    }

    private async Task PayAsync(IReadOnlyList<DemoCase> cast, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var payments = services.GetRequiredService<PaymentService>();
        foreach (var demo in cast.Where(c => c.InvoiceId is not null))
        {
            foreach (var payment in demo.Payments.Where(p => p.At <= now).ToList())
            {
                demo.Payments.Remove(payment);
                await payments.ApplyAsync(demo.InvoiceId!.Value, new PaymentInput(payment.Amount, demo.Country.Currency, payment.Reference), cancellationToken);
                if (payment.Settles)
                {
                    await services.GetRequiredService<Collections.Domain.Cases.CaseService>().CloseAsync(await CaseIdAsync(demo, cancellationToken),
                        Collections.Domain.Cases.CaseOutcomes.WrittenOff, new CloseCaseInput("Descuento aprobado: el cliente pagó el monto acordado (demo)."), cancellationToken);
                }
            }

            if (demo.Story is DemoStory.PaidAfterReminder or DemoStory.PartialPayment && !demo.Acted.Contains("payment")
                && await CaseOpenedAtAsync(demo, cancellationToken) is { } opened)
            {
                demo.Acted.Add("payment");
                var amount = demo.Story == DemoStory.PaidAfterReminder ? demo.Amount : decimal.Round(demo.Amount * 0.4m, 2);
                demo.Payments.Add(new DemoPayment(opened.AddDays(2), amount, $"TRF-{demo.InvoiceNumber}"));
            }
        }
    }

    private async Task<DateTimeOffset?> CaseOpenedAtAsync(DemoCase demo, CancellationToken cancellationToken) =>
        (await InvoiceAsync(demo, cancellationToken)).CaseId is { } caseId
            ? (await services.GetRequiredService<Collections.Domain.Cases.CaseService>().GetAsync(caseId, cancellationToken))?.Case.OpenedAt
            : null;

    private async Task<List<UserTaskInfo>> OpenTasksAsync(CancellationToken cancellationToken)
    {
        var queries = services.GetRequiredService<IProcessQueries>();
        var all = new List<UserTaskInfo>();
        for (var skip = 0; ; skip += 100)
        {
            var page = await queries.ListUserTasksAsync(new UserTaskQuery(Skip: skip, Take: 100), cancellationToken);
            all.AddRange(page);
            if (page.Count < 100) return all;
        }
    }

    /// <summary>The story's act for this task, if it has one; false leaves the task waiting in its group's inbox.</summary>
    private Task<bool> ActAsync(DemoCase demo, UserTaskInfo task, DateTimeOffset now, CancellationToken cancellationToken) =>
        (demo.Story, task.TaskDefinitionKey) switch
        {
            (DemoStory.SeniorCall or DemoStory.LegalCall or DemoStory.ManagerDecision, "call_debtor") =>
                CallAsync(_junior, task, "no-commitment", "unable-to-pay", null, cancellationToken),
            (DemoStory.LegalCall or DemoStory.ManagerDecision, "senior_call") => CallAsync(_senior, task, "not-reached", null, null, cancellationToken),
            (DemoStory.ManagerDecision, "legal_call") => CallAsync(_senior, task, "no-commitment", "dissatisfied", null, cancellationToken),
            (DemoStory.FieldVisit, "call_debtor") => CallAsync(_junior, task, "no-commitment", "dissatisfied", null, cancellationToken),
            (DemoStory.FieldVisit, "senior_call") => CallAsync(_senior, task, "no-commitment", "dissatisfied", null, cancellationToken),
            (DemoStory.PromiseKept, "call_debtor") => PromiseAsync(demo, task, now, kept: true, cancellationToken),
            (DemoStory.PromiseBroken, "call_debtor") => PromiseAsync(demo, task, now, kept: false, cancellationToken),
            (DemoStory.BillingDispute, "call_debtor") => DisputeAsync(demo, DisputeReasons.BillingError, cancellationToken),
            (DemoStory.PurchaseOrderDispute, "call_debtor") => DisputeAsync(demo, DisputeReasons.MissingPurchaseOrder, cancellationToken),
            (DemoStory.DisputeResolved, "call_debtor") => DisputeAsync(demo, DisputeReasons.AwaitingApproval, cancellationToken),
            (DemoStory.DisputeResolved, "resolve_dispute") => ResolveDisputeAsync(demo, cancellationToken),
            (DemoStory.PaymentPlan, "call_debtor") => CallAsync(_junior, task, "payment-plan", "unable-to-pay", null, cancellationToken),
            (DemoStory.PaymentPlan, "negotiate") => PlanAsync(demo, task, now, cancellationToken),
            (DemoStory.SettlementApproved or DemoStory.SettlementForManager or DemoStory.SettlementForFinance, "call_debtor") =>
                CallAsync(_junior, task, "settlement", "unable-to-pay", null, cancellationToken),
            (DemoStory.SettlementApproved, "negotiate") => SettleAsync(demo, task, 8, now, cancellationToken),
            (DemoStory.SettlementForManager, "negotiate") => SettleAsync(demo, task, 20, now, cancellationToken),
            (DemoStory.SettlementForFinance, "negotiate") => SettleAsync(demo, task, 40, now, cancellationToken),
            (DemoStory.SettlementApproved, "approve_discount") => CompleteAsync(_senior, task, new() { ["discountApproved"] = true, ["notes"] = "Cliente recurrente; descuento dentro del límite." }, cancellationToken),
            _ => Task.FromResult(false),
        };

    private Task<bool> CallAsync(Actor actor, UserTaskInfo task, string outcome, string? reason, Dictionary<string, object?>? more, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, object?> { ["callOutcome"] = outcome };
        if (reason is not null) variables["reason"] = reason;
        foreach (var (name, value) in more ?? []) variables[name] = value;
        return CompleteAsync(actor, task, variables, cancellationToken);
    }

    private async Task<bool> CompleteAsync(Actor actor, UserTaskInfo task, Dictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        var tasks = services.GetRequiredService<TaskActions>();
        if (task.Assignee is null) await tasks.ClaimAsync(actor, task.Id, cancellationToken);
        await tasks.CompleteAsync(actor, task.Id, variables, cancellationToken);
        return true;
    }

    private async Task<bool> PromiseAsync(DemoCase demo, UserTaskInfo task, DateTimeOffset now, bool kept, CancellationToken cancellationToken)
    {
        var balance = (await InvoiceAsync(demo, cancellationToken)).Balance;
        var date = DateOnly.FromDateTime(now.UtcDateTime).AddDays(kept ? 5 : 3);
        await CallAsync(_junior, task, "promise", "forgot", new()
        {
            ["promiseDate"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["promiseAmount"] = balance,
        }, cancellationToken);
        if (kept) demo.Payments.Add(new DemoPayment(now.AddDays(4), balance, $"TRF-{demo.InvoiceNumber}"));
        return true;
    }

    private async Task<bool> DisputeAsync(DemoCase demo, string reason, CancellationToken cancellationToken)
    {
        var caseId = await CaseIdAsync(demo, cancellationToken);
        await services.GetRequiredService<DisputeService>().OpenAsync(caseId, new DisputeInput(reason, Notes: "Registrada durante la llamada de cobranza (demo)."), cancellationToken);
        return true;
    }

    private async Task<bool> ResolveDisputeAsync(DemoCase demo, CancellationToken cancellationToken)
    {
        var caseId = await CaseIdAsync(demo, cancellationToken);
        var disputes = services.GetRequiredService<DisputeService>();
        var detail = await services.GetRequiredService<Collections.Domain.Cases.CaseService>().GetAsync(caseId, cancellationToken);
        var open = detail!.Disputes.First(d => d.Status == DisputeStatuses.Open);
        await disputes.CloseAsync(caseId, open.Id, DisputeStatuses.Resolved, new DisputeCloseInput("El cliente aprobó la factura.", "resume"), cancellationToken);
        return true;
    }

    private async Task<bool> PlanAsync(DemoCase demo, UserTaskInfo task, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var invoice = await InvoiceAsync(demo, cancellationToken);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var part = decimal.Round(invoice.Balance / 3, 2);
        var plan = await services.GetRequiredService<PaymentPlanService>().ProposeAsync(await CaseIdAsync(demo, cancellationToken), new PaymentPlanInput(invoice.Currency,
            [new InstallmentInput(today.AddDays(7), part), new InstallmentInput(today.AddDays(37), part), new InstallmentInput(today.AddDays(67), invoice.Balance - 2 * part)],
            "Plan acordado por teléfono (demo)."), _senior, cancellationToken);
        demo.Payments.Add(new DemoPayment(now.AddDays(6), plan.Installments[0].Amount, $"CUOTA1-{demo.InvoiceNumber}"));
        return true;
    }

    private async Task<bool> SettleAsync(DemoCase demo, UserTaskInfo task, int percent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var invoice = await InvoiceAsync(demo, cancellationToken);
        await services.GetRequiredService<SettlementService>().ProposeAsync(await CaseIdAsync(demo, cancellationToken),
            new SettlementOfferInput(percent, null, invoice.Currency, null, $"Descuento del {percent}% por pago inmediato (demo)."), _senior, cancellationToken);
        if (demo.Story == DemoStory.SettlementApproved)
        {
            demo.Payments.Add(new DemoPayment(now.AddDays(3), decimal.Round(invoice.Balance * (100 - percent) / 100m, 2), $"TRF-{demo.InvoiceNumber}", Settles: true));
        }

        return true;
    }

    private async Task<InvoiceDto> InvoiceAsync(DemoCase demo, CancellationToken cancellationToken) =>
        await services.GetRequiredService<InvoiceService>().FindAsync(demo.InvoiceId!.Value, cancellationToken)
        ?? throw new InvalidOperationException($"Demo invoice {demo.InvoiceNumber} vanished.");

    private async Task<Guid> CaseIdAsync(DemoCase demo, CancellationToken cancellationToken) =>
        (await InvoiceAsync(demo, cancellationToken)).CaseId ?? throw new InvalidOperationException($"Demo invoice {demo.InvoiceNumber} has no case.");
}
