using Collections.Domain.Cases;
using Collections.Domain.Debtors;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Messages;
using Collections.Domain.Persistence;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Collections.Domain.Outreach.Delivery;

/// <summary>
/// Records providers' delivery reports, each in its own transaction and at most once (by provider
/// event id): the message's status, the contact attempt's outcome, a line on the case's timeline. A permanent failure
/// (hard bounce, address dropped as invalid, dead number) marks the debtor's contact invalid, so outreach stops using
/// it, and correlates <see cref="ProcessMessages.ContactUnreachable"/> so the process can turn to the alternate
/// contacts (the playbook's "Contact unreachable" event sub-process). A repeated report on an address already known
/// dead tells the process nothing new.
/// </summary>
public sealed partial class DeliveryRecorder(DomainWork work, CaseProcess process, ILogger<DeliveryRecorder> logger)
{
    /// <summary><see cref="Intents.OutreachIntent.ResolvedBy"/> of a send a provider's event confirmed.</summary>
    public const string ProviderEvent = "provider-event";

    private enum Outcome
    {
        Recorded,
        Duplicate,
        Unmatched,
    }

    public async Task<DeliveryResult> RecordAsync(IReadOnlyList<DeliveryReport> reports, int ignored, CancellationToken cancellationToken)
    {
        int recorded = 0, duplicates = 0, unmatched = 0;
        foreach (var report in reports)
        {
            switch (await RecordOneAsync(report, cancellationToken))
            {
                case Outcome.Recorded: recorded++; break;
                case Outcome.Duplicate: duplicates++; break;
                default: unmatched++; LogUnmatched(report.Provider, report.ProviderMessageId, report.Status); break;
            }
        }

        return new DeliveryResult(recorded, duplicates, unmatched, ignored);
    }

    private async Task<Outcome> RecordOneAsync(DeliveryReport report, CancellationToken cancellationToken)
    {
        try
        {
            return await work.RunAsync(db => ApplyAsync(db, report, cancellationToken), cancellationToken);
        }
        catch (DomainConflictException ex) when (ex.Code == "duplicate")
        {
            return Outcome.Duplicate; // the same event raced in on another request and won
        }
    }

    private async Task<Outcome> ApplyAsync(DomainDbContext db, DeliveryReport report, CancellationToken cancellationToken)
    {
        if (await db.OutreachMessageEvents.AnyAsync(e => e.Provider == report.Provider && e.ProviderEventId == report.EventId, cancellationToken))
        {
            return Outcome.Duplicate;
        }

        var channel = report.Provider == OutreachProviders.SendGrid ? ContactChannels.Email : ContactChannels.Sms;
        var message = await db.OutreachMessages.FirstOrDefaultAsync(m => m.Channel == channel && m.ProviderMessageId == report.ProviderMessageId, cancellationToken);
        if (message is null && report.ProviderMessageId.IndexOf('.') is var dot and > 0)
        {
            var prefix = report.ProviderMessageId[..dot]; // SendGrid ids of another shape: the X-Message-Id is the part before the first dot
            message = await db.OutreachMessages.FirstOrDefaultAsync(m => m.Channel == channel && m.ProviderMessageId == prefix, cancellationToken);
        }

        if (message is null && Intents.OutreachIntent.IdOf(report.Reference) is { } intentId)
        {
            message = await FromIntentAsync(db, intentId, report, cancellationToken);
        }

        if (message is null) return Outcome.Unmatched;

        var at = report.OccurredAt > work.Now ? work.Now : report.OccurredAt;
        // An SMS has one number, stored as sent (E.164); a gateway may echo it in another format, so ours wins.
        var single = message.Recipients.Contains(',', StringComparison.Ordinal) ? null : message.Recipients;
        var recipient = channel == ContactChannels.Sms ? single ?? report.Recipient : report.Recipient ?? single;
        db.OutreachMessageEvents.Add(new OutreachMessageEvent(work.NewId(), message.Id, report.Provider, report.EventId, report.Status, recipient,
            report.Permanent, report.Reason, report.OccurredAt, work.Now));
        if (message.Apply(report.Status, at) && message.ContactAttemptId is { } attemptId
            && (db.ContactAttempts.Local.FirstOrDefault(a => a.Id == attemptId) // added in this unit when the event confirmed an unrecorded send
                ?? await db.ContactAttempts.SingleOrDefaultAsync(a => a.Id == attemptId, cancellationToken)) is { } attempt)
        {
            attempt.ReportDelivery(report.Status);
        }

        if (message.CaseId is not { } caseId) return Outcome.Recorded;
        var why = report.Reason is null ? string.Empty : $" ({Short(report.Reason)})";
        var summary = $"{channel} {message.TemplateKey} to {recipient ?? message.Recipients}: {report.Status}{why}";
        db.Timeline.Add(new TimelineEntry(work.NewId(), caseId, "contact.delivery", summary.Length > 2000 ? summary[..2000] : summary, at,
            TimelineArguments.Of(("channel", channel), ("template", message.TemplateKey), ("recipient", Short(recipient ?? message.Recipients)),
                ("status", report.Status), ("detail", report.Reason is null ? null : Short(report.Reason)))));
        if (report.Permanent && recipient is not null) await MarkUnreachableAsync(db, caseId, channel, recipient, report, cancellationToken);
        return Outcome.Recorded;
    }

    /// <summary>
    /// The event names a send intent (its reference came back): the message is the intent's. A crash may have left
    /// that send unrecorded (intent pending or uncertain): the provider's event proves it left, so it is confirmed and
    /// recorded now, and the step completes at its next look without sending again.
    /// </summary>
    private async Task<OutreachMessage?> FromIntentAsync(DomainDbContext db, Guid intentId, DeliveryReport report, CancellationToken cancellationToken)
    {
        var intent = await db.OutreachIntents.SingleOrDefaultAsync(i => i.Id == intentId, cancellationToken);
        if (intent is null || intent.Status == Intents.OutreachIntentStatuses.Skipped) return null;
        if (!Intents.OutreachIntentStatuses.IsDone(intent.Status))
        {
            intent.Confirm(report.ProviderMessageId, ProviderEvent, work.Now);
            await OutreachSendRecords.AddAsync(db, work, new Workers.OutreachSend(intent.ProcessInstanceId, intent.ActivityInstanceId, intent.Topic,
                report.ProviderMessageId, NodaTime.Instant.FromDateTimeOffset(intent.CreatedAt), intent.CaseId, intent.Channel, intent.Provider,
                intent.Recipients.Split(", "), intent.TemplateKey, intent.Language, intent.Subject), cancellationToken);
        }

        return db.OutreachMessages.Local.FirstOrDefault(m => m.ProcessInstanceId == intent.ProcessInstanceId && m.ActivityInstanceId == intent.ActivityInstanceId)
            ?? await db.OutreachMessages.FirstOrDefaultAsync(m => m.ProcessInstanceId == intent.ProcessInstanceId && m.ActivityInstanceId == intent.ActivityInstanceId, cancellationToken);
    }

    private async Task MarkUnreachableAsync(DomainDbContext db, Guid caseId, string channel, string recipient, DeliveryReport report, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
        var debtor = await db.Debtors.SingleAsync(d => d.Id == @case.DebtorId, cancellationToken);
        string[] channels = channel == ContactChannels.Email ? [ContactChannels.Email] : [ContactChannels.Sms, ContactChannels.Phone];
        bool Same(string c, string v) => channels.Contains(c) && string.Equals(v, recipient, StringComparison.OrdinalIgnoreCase);
        if (debtor.Contacts.Any(c => c.IsInvalid && Same(c.Channel, c.Value)) || debtor.AlternateContacts.Any(a => a.IsInvalid && Same(a.Channel, a.Value)))
        {
            return; // already known dead: the process heard about it the first time
        }

        var cause = report.Status switch
        {
            DeliveryStatuses.Bounced => "hard-bounce",
            DeliveryStatuses.Dropped => "dropped",
            _ => "sms-failed",
        };
        var reason = $"{cause}{(report.Reason is null ? string.Empty : ": " + Short(report.Reason))}";
        var marked = debtor.MarkContactInvalid(channels, recipient, reason.Length > 200 ? reason[..200] : reason, work.Now);
        process.Note(db, caseId, "contact.invalid", marked > 0
            ? $"{channel} contact {recipient} marked invalid ({cause}); it is not used again."
            : $"{channel} to {recipient} failed for good ({cause}); it is not one of the debtor's registered contacts.",
            TimelineArguments.Of(("channel", channel), ("contact", recipient), ("cause", cause), ("marked", TimelineArguments.Flag(marked > 0))));
        if (@case.IsOpen)
        {
            await process.TryCorrelateAsync(db, @case, ProcessMessages.ContactUnreachable, new Dictionary<string, object?>
            {
                ["channel"] = channel,
                ["cause"] = cause,
                ["contact"] = recipient,
            }, cancellationToken);
        }
    }

    private static string Short(string text) => text.Length > 300 ? text[..300] : text;

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery report from {Provider} for unknown message {MessageId} ({Status}); ignored")]
    private partial void LogUnmatched(string provider, string messageId, string status);
}
