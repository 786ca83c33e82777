using Collections.Domain.Cases;
using Collections.Domain.Debtors;
using Collections.Domain.Disputes;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Messages;
using Collections.Domain.Outreach.Statements;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Persistence;
using Collections.Domain.Plans;
using Collections.Domain.Promises;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Collections.Domain.Outreach.Intents;

/// <summary>
/// <see cref="IOutreachIntents"/> in the domain's database (<c>domain_outreach_intents</c>, unique per process
/// instance and activity instance). Each call is its own committed transaction: the intent exists before the provider
/// is called, and the send is recorded (message, contact attempt, timeline) in the same transaction that marks it sent.
/// </summary>
public sealed class DomainOutreachIntents(
    DomainWork work, IOptions<SendCheckOptions> options, StatementCandidates? candidates = null, IOptions<StatementOptions>? statementOptions = null,
    IOptions<OutreachWorkerOptions>? workerOptions = null) : IOutreachIntents
{
    /// <summary>How long a step waits when another worker committed its intent in the same instant.</summary>
    private static readonly Duration RaceBackoff = Duration.FromMinutes(1);

    private readonly int _maxItems = (statementOptions?.Value ?? new StatementOptions()).MaxItems;
    private readonly Duration _recheck = Duration.FromTimeSpan((workerOptions?.Value ?? new OutreachWorkerOptions()).UncertainRecheckInterval);

    public async Task<IntentDecision> BeginAsync(SendIntentRequest request, CancellationToken cancellationToken)
    {
        try
        {
            // Engine reads use their own connection, so the debtor's other waiting reminders are listed before the transaction.
            IReadOnlyList<StatementCandidate> others = request.Consolidate && request.CaseId is { } caseId && candidates is not null
                ? await candidates.FindAsync(caseId, request.Topic, cancellationToken)
                : [];
            return await work.RunAsync(db => BeginAsync(db, request, others, cancellationToken), cancellationToken);
        }
        catch (DomainConflictException ex) when (ex.Code == "duplicate")
        {
            // Another worker holds the same step (only after an expired lock): it owns the send; look again later.
            return new IntentDecision.Defer(request.Now + RaceBackoff, "send-in-progress");
        }
    }

    public async Task SkipAsync(SendIntentRequest request, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await work.RunAsync(async db =>
            {
                if (await FindAsync(db, request.ProcessInstanceId, request.ActivityInstanceId, cancellationToken) is not null) return false;
                var intent = New(request);
                intent.Skip(reason, work.Now);
                db.OutreachIntents.Add(intent);
                await NoteSkippedAsync(db, intent, cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (DomainConflictException ex) when (ex.Code == "duplicate")
        {
            // recorded by another try of the same step: one line is enough
        }
    }

    public Task SentAsync(Guid? intentId, OutreachSend send, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            if (intentId is { } id) (await db.OutreachIntents.SingleAsync(i => i.Id == id, cancellationToken)).MarkSent(send.MessageId, work.Now);
            return await OutreachSendRecords.AddAsync(db, work, send, cancellationToken);
        }, cancellationToken);

    public Task ConfirmAsync(Guid intentId, OutreachSend send, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            (await db.OutreachIntents.SingleAsync(i => i.Id == intentId, cancellationToken)).Confirm(send.MessageId, OutreachIntentActions.Reconciled, work.Now);
            return await OutreachSendRecords.AddAsync(db, work, send, cancellationToken);
        }, cancellationToken);

    public Task HoldAsync(Guid intentId, string reason, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var intent = await db.OutreachIntents.SingleAsync(i => i.Id == intentId, cancellationToken);
            if (intent.Status != OutreachIntentStatuses.Pending) return false;
            intent.MarkUncertain(reason, work.Now);
            if (intent.CaseId is { } caseId)
            {
                db.Timeline.Add(new TimelineEntry(work.NewId(), caseId, OutreachIntentActions.UncertainKind,
                    $"{intent.Channel} {intent.TemplateKey} to {intent.Recipients}: not known whether it was sent; confirm or resend on the case page.",
                    work.Now, Arguments(intent, reason)));
            }

            return true;
        }, cancellationToken);

    private async Task<IntentDecision> BeginAsync(DomainDbContext db, SendIntentRequest request, IReadOnlyList<StatementCandidate> others, CancellationToken cancellationToken)
    {
        var intent = await FindAsync(db, request.ProcessInstanceId, request.ActivityInstanceId, cancellationToken);
        switch (intent?.Status)
        {
            case OutreachIntentStatuses.Covered:
                return await CoveredAsync(db, intent, request.Now, cancellationToken);
            case OutreachIntentStatuses.Sent or OutreachIntentStatuses.Confirmed:
                return new IntentDecision.Done(intent.ProviderMessageId ?? intent.Reference);
            case OutreachIntentStatuses.Skipped:
                return new IntentDecision.Skip(intent.Reason ?? SkipReasons.CaseClosed);
            case OutreachIntentStatuses.Uncertain:
                return new IntentDecision.Hold(intent.Reason ?? OutreachSendHandler.DeliveryUncertain);
            case OutreachIntentStatuses.Pending:
                return new IntentDecision.Reconcile(intent.Id, intent.Reference, await OwnedLinesAsync(db, intent, cancellationToken));
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var @case = await CaseOfAsync(db, request, cancellationToken);
        var stop = SendCheck.Decide(await ReadFactsAsync(db, request, @case, cancellationToken));
        OutreachMetrics.SendChecked(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        if (stop is { Pause: true } pause)
        {
            return new IntentDecision.Defer(request.Now + Duration.FromTimeSpan(options.Value.DisputeRecheckInterval), pause.Reason);
        }

        if (intent is null)
        {
            intent = New(request);
            db.OutreachIntents.Add(intent);
        }

        if (stop is { } skip)
        {
            intent.Skip(skip.Reason, work.Now);
            await NoteSkippedAsync(db, intent, cancellationToken);
            return new IntentDecision.Skip(skip.Reason);
        }

        if (intent.Status == OutreachIntentStatuses.Resend)
        {
            intent.BeginResend(work.Now); // a person asked: a new reference
            return new IntentDecision.Send(intent.Id, intent.Reference, await OwnedLinesAsync(db, intent, cancellationToken));
        }

        if (request.Consolidate && @case is not null && others.Count > 0
            && await BuildStatementAsync(db, request, intent, @case, others, cancellationToken) is { } lines)
        {
            return new IntentDecision.Send(intent.Id, intent.Reference, lines);
        }

        return new IntentDecision.Send(intent.Id, intent.Reference);
    }

    /// <summary>
    /// The first reminder of the day for a debtor lists every other reminder of that debtor waiting now that passes the
    /// send-time check: one statement (unique per debtor, local day and channel) owned by this step, and a
    /// <c>covered</c> intent for each listed step, all in this transaction. Null when nothing else can be listed or
    /// today's statement already went without this step: then it sends its own message.
    /// </summary>
    private async Task<IReadOnlyList<StatementItem>?> BuildStatementAsync(
        DomainDbContext db, SendIntentRequest request, OutreachIntent owner, Case @case, IReadOnlyList<StatementCandidate> others, CancellationToken cancellationToken)
    {
        var debtor = await db.Debtors.SingleAsync(d => d.Id == @case.DebtorId, cancellationToken);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(debtor.TimeZone) ?? DateTimeZone.Utc;
        var day = request.Now.InZone(zone).Date;
        var dayText = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (await db.OutreachStatements.AnyAsync(s => s.DebtorId == debtor.Id && s.Day == dayText && s.Channel == request.Channel, cancellationToken)) return null;

        var members = new List<(StatementCandidate Step, Case Case)>();
        foreach (var step in others.DistinctBy(o => o.CaseId))
        {
            if (members.Count + 1 >= _maxItems) break;
            if (await FindAsync(db, step.ProcessInstanceId, step.ActivityInstanceId, cancellationToken) is not null) continue; // handled or held already
            var other = await db.Cases.SingleAsync(c => c.Id == step.CaseId, cancellationToken);
            var check = request with { ProcessInstanceId = step.ProcessInstanceId, ActivityInstanceId = step.ActivityInstanceId, CaseId = step.CaseId, TemplateKey = step.Template };
            if (SendCheck.Decide(await ReadFactsAsync(db, check, other, cancellationToken)) is not null) continue; // paid, disputed...: drops out
            members.Add((step, other));
        }

        if (members.Count == 0) return null;
        var invoiceIds = members.Select(m => m.Case.InvoiceId).Append(@case.InvoiceId).ToList();
        var invoices = await db.Invoices.Where(i => invoiceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        StatementItem Line(Case c)
        {
            var invoice = invoices[c.InvoiceId];
            var overdue = Period.Between(LocalDate.FromDateOnly(invoice.DueDate), day, PeriodUnits.Days).Days;
            return new StatementItem(c.Id, invoice.Number, invoice.DueDate, invoice.Balance, invoice.Currency, Math.Max(0, overdue));
        }

        var lines = members.Select(m => m.Case).Prepend(@case).Select(Line).OrderBy(l => l.DueDate).ThenBy(l => l.InvoiceNumber, StringComparer.Ordinal).ToList();
        var statement = new OutreachStatement(work.NewId(), debtor.Id, day.ToDateOnly(), request.Channel, owner.Id, lines, work.Now);
        db.OutreachStatements.Add(statement);
        owner.OwnStatement(statement.Id);
        foreach (var (step, _) in members)
        {
            var covered = new OutreachIntent(work.NewId(), step.ProcessInstanceId, step.ActivityInstanceId, step.ExternalTaskId, request.Topic, request.Channel,
                request.Provider, step.CaseId, request.Recipients, step.Template, request.Language, null, work.Now);
            covered.CoverBy(statement.Id, work.Now);
            db.OutreachIntents.Add(covered);
        }

        return lines;
    }

    /// <summary>A step listed on another's statement completes with that message once it has left; until then it waits.</summary>
    private async Task<IntentDecision> CoveredAsync(DomainDbContext db, OutreachIntent intent, Instant now, CancellationToken cancellationToken)
    {
        var owner = await (from s in db.OutreachStatements
                           join i in db.OutreachIntents on s.OwnerIntentId equals i.Id
                           where s.Id == intent.StatementId
                           select i).SingleAsync(cancellationToken);
        return owner.Status switch
        {
            _ when OutreachIntentStatuses.IsDone(owner.Status) => new IntentDecision.Done(owner.ProviderMessageId ?? owner.Reference),
            OutreachIntentStatuses.Uncertain => new IntentDecision.Defer(now + _recheck, OutreachSendHandler.DeliveryUncertain),
            _ => new IntentDecision.Defer(now + RaceBackoff, StatementActions.InProgress),
        };
    }

    /// <summary>The lines of the statement <paramref name="intent"/> sends, or null for a message of its own.</summary>
    private static async Task<IReadOnlyList<StatementItem>?> OwnedLinesAsync(DomainDbContext db, OutreachIntent intent, CancellationToken cancellationToken) =>
        intent.StatementId is { } id && await db.OutreachStatements.SingleOrDefaultAsync(s => s.Id == id && s.OwnerIntentId == intent.Id, cancellationToken) is { } statement
            ? statement.Lines()
            : null;

    private static async Task<Case?> CaseOfAsync(DomainDbContext db, SendIntentRequest request, CancellationToken cancellationToken) =>
        request.CaseId is { } caseId
            ? await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            : await db.Cases.FirstOrDefaultAsync(c => c.ProcessInstanceId == request.ProcessInstanceId, cancellationToken);

    private async Task<SendFacts> ReadFactsAsync(DomainDbContext db, SendIntentRequest request, Case? @case, CancellationToken cancellationToken)
    {
        var informational = request.TemplateKey is { } key && options.Value.InformationalTemplates.Contains(key, StringComparer.OrdinalIgnoreCase);
        if (@case is null) return new SendFacts(false, true, null, 1, false, false, false, false, false, false, informational);

        var debtor = await db.Debtors.SingleAsync(d => d.Id == @case.DebtorId, cancellationToken);
        var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
        var disputeOpen = await db.Disputes.AnyAsync(d => d.CaseId == @case.Id && d.Status == DisputeStatuses.Open, cancellationToken);
        var promiseOpen = await db.Promises.AnyAsync(p => p.CaseId == @case.Id && p.Status == PromiseStatuses.Open, cancellationToken);
        var planActive = await db.PaymentPlans.AnyAsync(p => p.CaseId == @case.Id && p.Status == PaymentPlanStatuses.Active, cancellationToken);
        string[] channels = request.Channel == ContactChannels.Sms ? [ContactChannels.Sms, ContactChannels.Phone] : [request.Channel];
        bool Same(string channel, string value, string to) => channels.Contains(channel) && string.Equals(value, to, StringComparison.OrdinalIgnoreCase);
        var optedOut = request.Recipients.Any(to => debtor.Contacts.Any(c => c.IsOptedOut && Same(c.Channel, c.Value, to)));
        var invalid = request.Recipients.Count > 0 && request.Recipients.All(to =>
            debtor.Contacts.Any(c => c.IsInvalid && Same(c.Channel, c.Value, to)) || debtor.AlternateContacts.Any(a => a.IsInvalid && Same(a.Channel, a.Value, to)));
        return new SendFacts(true, @case.IsOpen, @case.Outcome, invoice.Balance, disputeOpen, promiseOpen, planActive,
            debtor.HasOptedOut(request.Channel), optedOut, invalid, informational);
    }

    private async Task NoteSkippedAsync(DomainDbContext db, OutreachIntent intent, CancellationToken cancellationToken)
    {
        var caseId = intent.CaseId ?? (await db.Cases.FirstOrDefaultAsync(c => c.ProcessInstanceId == intent.ProcessInstanceId, cancellationToken))?.Id;
        if (caseId is null) return;
        db.Timeline.Add(new TimelineEntry(work.NewId(), caseId.Value, OutreachIntentActions.SkippedKind,
            $"{intent.Channel} {intent.TemplateKey} not sent: {intent.Reason}", work.Now, Arguments(intent, intent.Reason ?? string.Empty)));
    }

    private static Dictionary<string, string> Arguments(OutreachIntent intent, string reason) => new()
    {
        ["reason"] = reason,
        ["channel"] = intent.Channel,
        ["template"] = intent.TemplateKey ?? string.Empty,
        ["intentId"] = intent.Id.ToString(),
    };

    private OutreachIntent New(SendIntentRequest request) =>
        new(work.NewId(), request.ProcessInstanceId, request.ActivityInstanceId, request.ExternalTaskId, request.Topic, request.Channel, request.Provider,
            request.CaseId, request.Recipients, request.TemplateKey, request.Language, request.Subject, work.Now);

    private static Task<OutreachIntent?> FindAsync(DomainDbContext db, Guid processInstanceId, string activityInstanceId, CancellationToken cancellationToken) =>
        db.OutreachIntents.SingleOrDefaultAsync(i => i.ProcessInstanceId == processInstanceId && i.ActivityInstanceId == activityInstanceId, cancellationToken);
}
