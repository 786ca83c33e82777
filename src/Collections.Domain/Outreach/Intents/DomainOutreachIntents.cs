using Collections.Domain.Cases;
using Collections.Domain.Debtors;
using Collections.Domain.Disputes;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Messages;
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
public sealed class DomainOutreachIntents(DomainWork work, IOptions<SendCheckOptions> options) : IOutreachIntents
{
    /// <summary>How long a step waits when another worker committed its intent in the same instant.</summary>
    private static readonly Duration RaceBackoff = Duration.FromMinutes(1);

    public async Task<IntentDecision> BeginAsync(SendIntentRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await work.RunAsync(db => BeginAsync(db, request, cancellationToken), cancellationToken);
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

    private async Task<IntentDecision> BeginAsync(DomainDbContext db, SendIntentRequest request, CancellationToken cancellationToken)
    {
        var intent = await FindAsync(db, request.ProcessInstanceId, request.ActivityInstanceId, cancellationToken);
        switch (intent?.Status)
        {
            case OutreachIntentStatuses.Sent or OutreachIntentStatuses.Confirmed:
                return new IntentDecision.Done(intent.ProviderMessageId ?? intent.Reference);
            case OutreachIntentStatuses.Skipped:
                return new IntentDecision.Skip(intent.Reason ?? SkipReasons.CaseClosed);
            case OutreachIntentStatuses.Uncertain:
                return new IntentDecision.Hold(intent.Reason ?? OutreachSendHandler.DeliveryUncertain);
            case OutreachIntentStatuses.Pending:
                return new IntentDecision.Reconcile(intent.Id, intent.Reference);
        }

        var stop = SendCheck.Decide(await ReadFactsAsync(db, request, cancellationToken));
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

        if (intent.Status == OutreachIntentStatuses.Resend) intent.BeginResend(work.Now); // a person asked: a new reference
        return new IntentDecision.Send(intent.Id, intent.Reference);
    }

    private async Task<SendFacts> ReadFactsAsync(DomainDbContext db, SendIntentRequest request, CancellationToken cancellationToken)
    {
        var informational = request.TemplateKey is { } key && options.Value.InformationalTemplates.Contains(key, StringComparer.OrdinalIgnoreCase);
        var @case = request.CaseId is { } caseId
            ? await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            : await db.Cases.FirstOrDefaultAsync(c => c.ProcessInstanceId == request.ProcessInstanceId, cancellationToken);
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
