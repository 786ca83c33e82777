using System.Globalization;
using Collections.Domain.Cases;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Debtors;
using Collections.Domain.Errors;
using Collections.Domain.Persistence;
using Collections.Domain.Promises;
using Collections.Domain.Validation;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Outreach.Calls;

/// <summary>
/// Records a call or visit task's outcome on the case in the transaction that completes it (DESIGN.md D13; the
/// completion itself goes through <see cref="Tasks.TaskActions.CompleteAsync"/>): the engine takes the form values as process variables (its gateways read <c>callOutcome</c>), and the
/// case gets a contact attempt on its timeline, a promise to pay for a promise, and a wrong number marks that number
/// invalid and tells the process (<c>contact-unreachable</c>). The engine checks the form first, so a value it refuses
/// leaves nothing behind; a promise the domain refuses (past date, over the balance) undoes the completion too.
/// </summary>
public sealed class CallOutcomeRecorder(
    DomainWork work,
    IProcessQueries queries,
    CaseProcess process,
    ContactAttemptService attempts,
    PromiseService promises,
    ContactRulesGuard rules)
{
    /// <summary>The case of a task with an outcome form (read before the completing transaction), else null.</summary>
    internal async Task<Guid?> CaseIdOfAsync(UserTaskInfo task, CancellationToken cancellationToken) =>
        CallTask.HasOutcomeForm(task) ? await CaseIdOfAsync(task.RootInstanceId, cancellationToken) : null;

    /// <summary>
    /// Inside the unit of work that completed <paramref name="task"/> (<see cref="Tasks.TaskActions.CompleteAsync"/>):
    /// records its outcome as <paramref name="by"/>. Null when no <c>callOutcome</c> was given or the case is not the task's.
    /// </summary>
    internal async Task<CallOutcomeRecord?> RecordAsync(
        DomainDbContext db, UserTaskInfo task, Guid caseId, IReadOnlyDictionary<string, object?>? variables, string by, CancellationToken cancellationToken)
    {
        if (CallOutcome.Read(variables) is not { } outcome) return null;
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId && c.ProcessInstanceId == task.RootInstanceId, cancellationToken);
        return @case is null ? null : await RecordAsync(db, @case, task, outcome, by, cancellationToken);
    }

    private async Task<CallOutcomeRecord> RecordAsync(DomainDbContext db, Case @case, UserTaskInfo task, CallOutcome outcome, string by, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
        var debtor = await db.Debtors.SingleAsync(d => d.Id == @case.DebtorId, cancellationToken);
        var channel = CallTask.ChannelOf(task);
        var alternate = CallTask.IsAlternateContact(task);
        // Checked before anything is written: without a reason a call outside the rules undoes the completion.
        var broken = alternate ? null : await rules.CheckAsync(db, @case, debtor, channel, work.Now, outcome.OverrideReason, cancellationToken);
        var details = new List<string>();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (alternate)
        {
            details.Add("alternate contact");
            found["alternate"] = "true";
        }

        List<string> invalidated = [];
        if (outcome.Result == CallOutcomes.WrongNumber)
        {
            var number = WrongNumberOf(debtor, outcome, alternate);
            invalidated.Add(number);
            var marked = debtor.MarkContactInvalid(ContactChannels.PhoneNumbers, number, CallOutcomes.WrongNumber, work.Now);
            details.Add(marked > 0 ? $"{number} marked invalid" : $"{number} is not on file");
            (found["invalidNumber"], found["invalidMarked"]) = (number, TimelineArguments.Flag(marked > 0));
            if (marked > 0) process.Note(db, @case.Id, "contact.invalid", $"{number} marked invalid: wrong number on a call by {by}.",
                TimelineArguments.Of(("channel", channel), ("contact", number), ("cause", CallOutcomes.WrongNumber), ("by", by), ("marked", "true")));
        }

        PromiseToPay? promise = null;
        if (outcome.Result == CallOutcomes.Promise)
        {
            var date = outcome.PromiseDate ?? throw new DomainValidationException("field.required", "promiseDate", "A promise needs the promised date ('promiseDate').");
            promise = await promises.AddAsync(db, @case, invoice, debtor, new PromiseInput(outcome.PromiseAmount ?? invoice.Balance, invoice.Currency, date), cancellationToken);
            details.Add(string.Create(CultureInfo.InvariantCulture, $"promise {new Amounts.Money(promise.Amount, promise.Currency)} by {promise.PromisedDate:yyyy-MM-dd}"));
            found.With(new Amounts.Money(promise.Amount, promise.Currency), "promise")["promiseDate"] = TimelineArguments.Day(promise.PromisedDate);
        }
        else if (outcome.Result == CallOutcomes.PaymentPlan)
        {
            details.Add("asks for a payment plan");
            found["asks"] = "payment-plan";
        }
        else if (outcome.Result == CallOutcomes.Settlement)
        {
            details.Add("asks for a discount");
            found["asks"] = "settlement";
        }

        var notes = outcome.Agreed is null ? outcome.Notes : outcome.Notes is null ? $"Agreed: {outcome.Agreed}" : $"Agreed: {outcome.Agreed}\n{outcome.Notes}";
        var attempt = new ContactAttempt(work.NewId(), @case.Id, channel, "outbound", outcome.AttemptOutcome, outcome.Reason, notes, by, work.Now);
        if (broken is not null) rules.RecordOverride(db, attempt, broken, outcome.OverrideReason!);
        attempts.Add(db, @case, attempt, details.Count == 0 ? null : string.Join("; ", details), found);

        // The playbook counts unreachable reports and turns to the alternate contacts (docs/playbook.md); a wrong
        // number of an alternate contact is not the debtor's.
        if (outcome.Result == CallOutcomes.WrongNumber && !alternate)
        {
            await process.TryCorrelateAsync(db, @case, ProcessMessages.ContactUnreachable, new Dictionary<string, object?>
            {
                ["channel"] = ContactChannels.Phone,
                ["cause"] = CallOutcomes.WrongNumber,
                ["contact"] = invalidated[0],
            }, cancellationToken);
        }

        return new CallOutcomeRecord(@case.Id, ContactAttemptService.ToDto(attempt), promise is null ? null : PromiseService.ToDto(promise), invalidated);
    }

    /// <summary>The number called (E.164), or the only usable one when the form leaves it out.</summary>
    private string WrongNumberOf(Debtor debtor, CallOutcome outcome, bool alternate)
    {
        if (outcome.CalledNumber is { } called) return Check.Phone(called, "calledNumber", debtor.Country);
        var today = work.Today;
        var numbers = (alternate
                ? debtor.AlternateContacts.Where(c => !c.IsInvalid).Select(c => (c.Channel, c.Value))
                : debtor.Contacts.Where(c => c.IsUsableOn(today)).Select(c => (c.Channel, c.Value)))
            .Where(c => c.Channel == ContactChannels.Phone).Select(c => c.Value).Distinct().ToList();
        return numbers.Count == 1 ? numbers[0]
            : throw new DomainValidationException("call.number-required", "calledNumber", $"Say which number was wrong ('calledNumber'): there are {numbers.Count} phone numbers on file.");
    }

    private async Task<Guid?> CaseIdOfAsync(Guid rootInstanceId, CancellationToken cancellationToken)
    {
        var variables = await queries.GetVariablesAsync(rootInstanceId, cancellationToken);
        return variables.TryGetValue("caseId", out var value) && Guid.TryParse(value.AsString(), out var id) ? id : null;
    }
}
