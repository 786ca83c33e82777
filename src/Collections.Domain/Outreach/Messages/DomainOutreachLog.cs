using Collections.Domain.Cases;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Collections.Domain.Outreach.Messages;

/// <summary>
/// <see cref="IOutreachLog"/> in the domain's database: each send is an <see cref="OutreachMessage"/> (unique per process
/// instance and activity instance), and, when it belongs to a case, a <see cref="ContactAttempt"/> (outbound, outcome
/// <c>sent</c>) and a timeline line, all in one transaction. The provider's message id stays with it so delivery
/// reports find the attempt (issue 6 §2).
/// </summary>
public sealed class DomainOutreachLog(DomainWork work) : IOutreachLog
{
    /// <summary>The <c>by</c> of attempts the workers record.</summary>
    public const string RecordedBy = "outreach";

    public async Task<OutreachSend?> FindAsync(Guid processInstanceId, string activityInstanceId, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        var found = await db.OutreachMessages
            .FirstOrDefaultAsync(m => m.ProcessInstanceId == processInstanceId && m.ActivityInstanceId == activityInstanceId, cancellationToken);
        return found is null ? null : new OutreachSend(found.ProcessInstanceId, found.ActivityInstanceId, found.Topic, found.ProviderMessageId,
            Instant.FromDateTimeOffset(found.SentAt), found.CaseId, found.Channel, found.Provider, found.Recipients.Split(", "), found.TemplateKey,
            found.Language, found.Subject);
    }

    public async Task RecordAsync(OutreachSend send, CancellationToken cancellationToken)
    {
        try
        {
            await work.RunAsync(async db =>
            {
                if (await db.OutreachMessages.AnyAsync(m => m.ProcessInstanceId == send.ProcessInstanceId && m.ActivityInstanceId == send.ActivityInstanceId, cancellationToken))
                {
                    return false;
                }

                var at = send.SentAt.ToDateTimeOffset();
                var channel = send.Channel ?? (send.Topic == "send-sms" ? "sms" : "email");
                var recipients = send.Recipients ?? [];
                var @case = send.CaseId is { } caseId
                    ? await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
                    : await db.Cases.FirstOrDefaultAsync(c => c.ProcessInstanceId == send.ProcessInstanceId, cancellationToken);
                Guid? attemptId = null;
                if (@case is not null)
                {
                    var notes = send.TemplateKey is null ? send.Subject : $"{send.TemplateKey}: {send.Subject}";
                    var attempt = new ContactAttempt(work.NewId(), @case.Id, channel, "outbound", DeliveryStatuses.Sent, null, notes, RecordedBy, at);
                    db.ContactAttempts.Add(attempt);
                    db.Timeline.Add(new TimelineEntry(work.NewId(), @case.Id, "contact.sent",
                        Summary($"{channel} {send.TemplateKey} to {string.Join(", ", recipients)}: {send.Subject}"), at));
                    attemptId = attempt.Id;
                }

                db.OutreachMessages.Add(new OutreachMessage(work.NewId(), send.ProcessInstanceId, send.ActivityInstanceId, send.Topic, channel,
                    send.Provider ?? "unknown", send.MessageId, recipients, @case?.Id, attemptId, send.TemplateKey, send.Language, send.Subject, at));
                return true;
            }, cancellationToken);
        }
        catch (DomainConflictException ex) when (ex.Code == "duplicate")
        {
            // Another worker recorded the same activity instance first; the first record stands (IOutreachLog's contract).
        }
    }

    private static string Summary(string text) => text.Length > 2000 ? text[..2000] : text;
}
