using System.Globalization;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Debtors;
using Collections.Domain.Errors;
using Collections.Domain.Invoices;
using Collections.Domain.Paging;
using Collections.Domain.Persistence;
using Collections.Domain.Validation;
using Collections.Domain.Webhooks;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Cases;

/// <summary>
/// Case life: open (start the process), read with its timeline, list, cancel and write off. The process is started with
/// business key = the invoice number (unique, and what collectors and integrators search by).
/// </summary>
public sealed class CaseService(
    DomainWork work,
    IProcessEngine engine,
    IProcessQueries queries,
    CaseProcess process,
    InvoiceService invoices,
    WebhookOutbox outbox,
    IOptions<CaseOptions> options,
    IOptions<CasePriorityOptions> priority)
{
    /// <summary>
    /// Opens the case and returns it as committed (the timeline's first line; GET shows the process's steps), with
    /// <c>Opened</c> = true. When the invoice's case is already open (the overdue scanner or an earlier call opened it),
    /// returns that case with <c>Opened</c> = false and changes nothing, so integrators can send this for every overdue
    /// invoice without racing the scanner into a conflict (docs/api.md, "Register and open"). A closed case is not reopened.
    /// </summary>
    public async Task<(CaseDetailDto Case, bool Opened)> OpenAsync(OpenCaseInput input, CancellationToken cancellationToken)
    {
        var processKey = input.ProcessKey is null ? options.Value.DefaultProcessKey : Check.Text(input.ProcessKey, "processKey", 255);
        try
        {
            try
            {
                return (await TryOpenAsync(input, processKey, cancellationToken), true);
            }
            catch (DomainConflictException ex) when (ex.Code == "duplicate")
            {
                // The scanner (or a parallel call) opened it between our check and our commit: the unique
                // case-per-invoice index stopped us. Ours rolled back; look again, which finds theirs.
                return (await TryOpenAsync(input, processKey, cancellationToken), true);
            }
        }
        catch (CaseAlreadyOpen open)
        {
            // Thrown inside the unit of work so it rolls back: nothing is written, not even an audit entry.
            return (await GetAsync(open.CaseId, cancellationToken) ?? throw new InvalidOperationException($"Case {open.CaseId} vanished."), false);
        }
    }

    private Task<CaseDetailDto> TryOpenAsync(OpenCaseInput input, string processKey, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var invoice = await ResolveInvoiceAsync(db, input, cancellationToken);
            if (db.Entry(invoice).State != EntityState.Added
                && await db.Cases.Where(c => c.InvoiceId == invoice.Id).Select(c => new { c.Id, c.Status }).SingleOrDefaultAsync(cancellationToken) is { } current)
            {
                if (current.Status == CaseStatuses.Open) throw new CaseAlreadyOpen(current.Id);
                throw new DomainConflictException("case.exists", $"Invoice {invoice.Number} already had case {current.Id}, which is closed; a closed case is not opened again.");
            }

            if (invoice.DueDate >= work.Today)
            {
                throw new DomainConflictException("invoice.not-overdue", $"Invoice {invoice.Number} is due {invoice.DueDate:yyyy-MM-dd}; a case opens only after the due date (registered invoices open theirs by themselves).");
            }

            var opened = await OpenInAsync(db, invoice, processKey, input.AssignedCollector, cancellationToken);
            var timeline = db.Timeline.Local.Where(t => t.CaseId == opened.Id).Select(t => new TimelineItemDto(t.At, t.Kind, t.Summary, "domain", Arguments: t.ArgumentMap())).ToList();
            return new CaseDetailDto(ToDto(opened, invoice, work.Today), timeline, [], [], [], [], []);
        }, cancellationToken);

    /// <summary>The invoice's case is already open: unwinds <see cref="TryOpenAsync"/>'s unit of work without writing.</summary>
    private sealed class CaseAlreadyOpen(Guid caseId) : Exception($"Case {caseId} is already open.")
    {
        public Guid CaseId { get; } = caseId;
    }

    /// <summary>Opens the case for <paramref name="invoice"/> inside the caller's unit of work and starts its process.</summary>
    /// <paramref name="carried"/> are variables of an earlier process about the invoice (the courtesy call's findings);
    /// the domain's own start variables win over them.
    internal async Task<Case> OpenInAsync(DomainDbContext db, Invoice invoice, string processKey, string? collector, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, object?>? carried = null)
    {
        if (invoice.Status != InvoiceStatuses.Open) throw new DomainConflictException("invoice.not-open", $"Invoice {invoice.Number} is {invoice.Status}; no case opens for it.");
        if (db.Entry(invoice).State != EntityState.Added) // a new invoice has no case; the unique index guards races anyway
        {
            var existing = await db.Cases.Where(c => c.InvoiceId == invoice.Id).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
            if (existing is { } id) throw new DomainConflictException("case.exists", $"Invoice {invoice.Number} already has case {id}.");
        }

        var debtor = await db.Debtors.FindAsync([invoice.DebtorId], cancellationToken) ?? throw new InvalidOperationException($"Invoice {invoice.Id} names a missing debtor.");
        var today = work.Today;
        var days = invoice.DaysOverdue(today);
        var @case = new Case(work.NewId(), invoice.Id, debtor.Id, processKey, priority.Value.Compute(invoice.Balance, days, debtor.RiskScore, 0), work.Now);
        if (collector is not null) @case.Assign(collector, work.Now);
        db.Cases.Add(@case);

        var variables = new Dictionary<string, object?>(carried ?? new Dictionary<string, object?>());
        foreach (var (name, value) in StartVariables(@case, invoice, debtor, days)) variables[name] = value;
        variables["promiseGraceDays"] = options.Value.PromiseGraceDays;
        var instance = await engine.StartProcessAsync(new StartProcessRequest(processKey, invoice.Number, variables), cancellationToken);
        var texts = await queries.GetProcessTextsAsync(instance.DefinitionId, cancellationToken);
        @case.AttachProcess(instance.Id, instance.WaitingActivityIds, texts?.StageOf(instance.WaitingActivityIds));
        process.Note(db, @case.Id, WebhookEvents.CaseOpened, $"Case opened for invoice {invoice.Number} ({invoice.BalanceMoney}, {days} days overdue); process {processKey} v{instance.DefinitionVersion} started.",
            TimelineArguments.Of(("invoice", invoice.Number), ("days", TimelineArguments.Number(days)), ("process", processKey),
                ("version", TimelineArguments.Number(instance.DefinitionVersion))).With(invoice.BalanceMoney));
        await outbox.EnqueueAsync(db, WebhookEvents.CaseOpened, ToDto(@case, invoice, today), work.NewId, work.Now, cancellationToken);
        return @case;
    }

    /// <summary>The start variables of a case's process (docs/api.md, "What the process receives").</summary>
    public static Dictionary<string, object?> StartVariables(Case @case, Invoice invoice, Debtor debtor, int daysOverdue)
    {
        var variables = InvoiceVariables(invoice, debtor, daysOverdue);
        variables["caseId"] = @case.Id.ToString();
        variables["priority"] = @case.Priority;
        variables["assignedCollector"] = @case.AssignedCollector;
        return variables;
    }

    /// <summary>What every process about an invoice receives, with or without a case (the courtesy call has none yet).</summary>
    public static Dictionary<string, object?> InvoiceVariables(Invoice invoice, Debtor debtor, int daysOverdue) => new()
    {
        ["invoiceId"] = invoice.Id.ToString(),
        ["invoiceNumber"] = invoice.Number,
        ["amount"] = invoice.Balance,
        ["invoiceAmount"] = invoice.Amount,
        ["currency"] = invoice.Currency,
        ["dueDate"] = new DateTimeOffset(invoice.DueDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        ["daysOverdue"] = daysOverdue,
        ["debtorId"] = debtor.Id.ToString(),
        ["debtorExternalId"] = debtor.ExternalId,
        ["debtorName"] = debtor.Name,
        ["debtorLanguage"] = debtor.Language,
        ["debtorTimeZone"] = debtor.TimeZone,
        ["debtorCountry"] = debtor.Country,
        ["debtorSegment"] = debtor.Segment,
        ["riskScore"] = debtor.RiskScore,
        ["hasService"] = debtor.HasService,
    };

    public async Task<CaseDetailDto?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is null) return null;
        var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
        var timeline = (await db.Timeline.Where(t => t.CaseId == id).ToListAsync(cancellationToken))
            .Select(t => new TimelineItemDto(t.At, t.Kind, t.Summary, "domain", Arguments: t.ArgumentMap())).ToList();
        var promises = (await db.Promises.Where(p => p.CaseId == id).ToListAsync(cancellationToken))
            .OrderBy(p => p.CreatedAt).Select(p => new PromiseDto(p.Id, p.Amount, p.Currency, p.PromisedDate, p.Status, p.PaidSoFar, p.CreatedAt)).ToList();
        var payments = await PaymentsOfAsync(db, invoice, cancellationToken);
        var disputes = (await db.Disputes.Where(d => d.CaseId == id).ToListAsync(cancellationToken))
            .OrderBy(d => d.OpenedAt).Select(ToDto).ToList();

        var attempts = (await db.ContactAttempts.Where(a => a.CaseId == id).ToListAsync(cancellationToken))
            .OrderBy(a => a.At).Select(Outreach.ContactAttemptService.ToDto).ToList();
        timeline.AddRange(attempts.Where(a => a.OverrideRule is not null).Select(Outreach.Contactability.OutsideRulesTimeline.Item));
        var tasks = new List<CaseTaskDto>();
        if (@case.ProcessInstanceId is { } instanceId)
        {
            var instance = await queries.GetInstanceAsync(instanceId, cancellationToken);
            var texts = instance is null ? null : await queries.GetProcessTextsAsync(instance.DefinitionId, cancellationToken);
            foreach (var h in await queries.ListActivityHistoryAsync(instanceId, cancellationToken)) timeline.AddRange(ProcessTimeline.Lines(h, texts));

            tasks.AddRange((await queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: instanceId), cancellationToken))
                .Select(t => new CaseTaskDto(t.Id, t.TaskDefinitionKey, t.Name, t.Assignee, t.CreatedAt, t.DueDate, t.Names)));
            // The live position; the stored one (list filter, case.stage_changed) is the StageObserver's to write.
            if (@case.IsOpen && instance is { Status: ProcessInstanceStatus.Active })
            {
                @case.ObservePosition(Case.ActivityOf(instance.WaitingActivityIds), texts?.StageOf(instance.WaitingActivityIds), @case.UpdatedAt);
            }
        }

        return new CaseDetailDto(ToDto(@case, invoice, work.Today), timeline.OrderBy(t => t.At).ToList(), promises, payments, disputes, tasks, attempts);
    }

    public async Task<Page<CaseDto>> ListAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        var limit = Cursor.Limit(query.Limit);
        var after = Cursor.Decode(query.Cursor);
        var today = work.Today;
        await using var db = work.Read();
        var rows = from c in db.Cases join i in db.Invoices on c.InvoiceId equals i.Id select new { Case = c, Invoice = i };
        if (query.Status is { } status) rows = rows.Where(r => r.Case.Status == status);
        if (query.Stage is { } stage) rows = rows.Where(r => r.Case.Stage == stage);
        if (query.Activity is { } activity) rows = rows.Where(r => r.Case.Activity == activity);
        if (query.Collector is { } collector) rows = rows.Where(r => r.Case.AssignedCollector == collector);
        if (query.DebtorExternalId is { } debtor) rows = rows.Where(r => db.Debtors.Any(d => d.Id == r.Case.DebtorId && d.ExternalId == debtor));
        if (query.OverdueBucket is { } bucket)
        {
            var (min, max) = Bucket(bucket);
            var dueOnOrBefore = today.AddDays(-min);
            rows = rows.Where(r => r.Invoice.DueDate <= dueOnOrBefore);
            if (max is { } m)
            {
                var dueOnOrAfter = today.AddDays(-m);
                rows = rows.Where(r => r.Invoice.DueDate >= dueOnOrAfter);
            }
        }

        if (after is { } a) rows = rows.Where(r => r.Case.Id.CompareTo(a) > 0);
        var page = await rows.OrderBy(r => r.Case.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return Cursor.Page(page, limit, r => r.Case.Id, r => ToDto(r.Case, r.Invoice, today));
    }

    /// <summary>Cancels (<see cref="CaseOutcomes.Canceled"/>) or writes off (<see cref="CaseOutcomes.WrittenOff"/>) a case: its process is canceled.</summary>
    public async Task<CaseDetailDto> CloseAsync(Guid id, string outcome, CloseCaseInput input, CancellationToken cancellationToken)
    {
        var reason = Check.MultilineText(input.Reason, "reason", 1000);
        await work.RunAsync(async db =>
        {
            var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Case", id.ToString());
            var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
            @case.Close(outcome, work.Now);
            @case.Touch(work.Now);
            if (outcome == CaseOutcomes.WrittenOff) invoice.Close(work.Now);
            await process.TryCancelAsync(@case, $"{outcome}: {reason}", cancellationToken);
            process.Note(db, id, WebhookEvents.CaseClosed, $"Case {outcome}: {reason}", TimelineArguments.Of(("outcome", outcome), ("reason", reason)));
            await outbox.EnqueueAsync(db, WebhookEvents.CaseClosed, ToDto(@case, invoice, work.Today), work.NewId, work.Now, cancellationToken);
            return true;
        }, cancellationToken);
        return (await GetAsync(id, cancellationToken))!;
    }

    public static CaseDto ToDto(Case c, Invoice i, DateOnly today) => new(
        c.Id, i.Id, i.Number, c.DebtorId, c.Status, c.Outcome, c.Stage, c.ProcessKey, c.ProcessInstanceId, c.AssignedCollector,
        c.Priority, c.BrokenPromises, i.Balance, i.Currency, i.DaysOverdue(today), c.OpenedAt, c.ClosedAt, c.Activity);

    public static DisputeDto ToDto(Disputes.Dispute d) => new(d.Id, d.CaseId, d.Reason, d.Status, d.Owner, d.Notes, d.Resolution, d.OpenedAt, d.ClosedAt);

    internal static async Task<List<PaymentDto>> PaymentsOfAsync(DomainDbContext db, Invoice invoice, CancellationToken cancellationToken)
    {
        var rows = (await db.Payments.Where(p => p.InvoiceId == invoice.Id).ToListAsync(cancellationToken)).OrderBy(p => p.CreatedAt).ToList();
        var balance = invoice.Amount;
        var result = new List<PaymentDto>(rows.Count);
        foreach (var p in rows)
        {
            balance -= p.Amount;
            result.Add(new PaymentDto(p.Id, p.InvoiceId, p.CaseId, p.Amount, p.Currency, p.Reference, p.PaidOn, p.Kind, balance, p.CreatedAt));
        }

        return result;
    }

    private async Task<Invoice> ResolveInvoiceAsync(DomainDbContext db, OpenCaseInput input, CancellationToken cancellationToken)
    {
        var named = (input.InvoiceId is null ? 0 : 1) + (input.InvoiceExternalId is null ? 0 : 1) + (input.Invoice is null ? 0 : 1);
        if (named != 1)
        {
            throw new DomainValidationException("case.invoice-required", "invoice", "Name exactly one of invoiceId, invoiceExternalId or an inline invoice.");
        }

        if (input.InvoiceId is { } invoiceId)
        {
            return await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken)
                ?? throw new DomainValidationException("invoice.unknown", "invoiceId", $"No invoice has id {invoiceId}.");
        }

        if (input.InvoiceExternalId is { } externalId)
        {
            return await db.Invoices.SingleOrDefaultAsync(i => i.ExternalId == externalId, cancellationToken)
                ?? throw new DomainValidationException("invoice.unknown", "invoiceExternalId", $"No invoice has external id '{externalId}'.");
        }

        var inline = input.Invoice!;
        if (input.Debtor is { } debtorInput)
        {
            await Prefixed("debtor.", async () =>
            {
                var debtorExternalId = Check.Text(debtorInput.ExternalId, "externalId", 100);
                var debtor = await db.Debtors.SingleOrDefaultAsync(d => d.ExternalId == debtorExternalId, cancellationToken);
                if (debtor is null) db.Debtors.Add(debtor = new Debtor(work.NewId(), debtorInput, work.Now));
                else debtor.Update(debtorInput, work.Now);
                await db.SaveChangesAsync(cancellationToken); // the invoice below looks the debtor up by external id
                inline = inline with { DebtorExternalId = inline.DebtorExternalId ?? debtorExternalId };
                return true;
            });
        }

        return await Prefixed("invoice.", async () =>
        {
            var existing = await db.Invoices.SingleOrDefaultAsync(i => i.ExternalId == inline.ExternalId, cancellationToken);
            if (existing is null) return await invoices.CreateInAsync(db, inline, cancellationToken);
            await invoices.UpdateInAsync(db, existing, inline, cancellationToken);
            return existing;
        });
    }

    /// <summary>Inline bodies name the field by its full path (<c>invoice.amount</c>, <c>debtor.timeZone</c>).</summary>
    private static async Task<T> Prefixed<T>(string prefix, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (MixedCurrencyException)
        {
            throw;
        }
        catch (DomainValidationException ex)
        {
            throw new DomainValidationException(ex.Code, prefix + ex.Field, ex.Message);
        }
    }

    private static (int Min, int? Max) Bucket(string bucket) => bucket switch
    {
        "1-30" => (1, 30),
        "31-60" => (31, 60),
        "61-90" => (61, 90),
        "90+" => (91, null),
        _ => throw new DomainValidationException("case.bucket-unknown", "overdueBucket", string.Create(CultureInfo.InvariantCulture, $"'{bucket}' is not a bucket; use 1-30, 31-60, 61-90 or 90+.")),
    };
}
