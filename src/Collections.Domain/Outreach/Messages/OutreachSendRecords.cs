using Collections.Domain.Cases;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Persistence;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Outreach.Messages;

/// <summary>
/// Adds a send to a unit of work: the <see cref="OutreachMessage"/> and, when it belongs to a case, the
/// <see cref="ContactAttempt"/> and the <c>contact.sent</c> timeline line. Shared by the send log, the intents
/// (sent, confirmed) and the delivery recorder (an event that proves a send nobody recorded).
/// </summary>
internal static class OutreachSendRecords
{
    /// <summary>False when the activity instance's send is recorded already (the first record stands).</summary>
    public static async Task<bool> AddAsync(DomainDbContext db, DomainWork work, OutreachSend send, CancellationToken cancellationToken)
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
            var attempt = new ContactAttempt(work.NewId(), @case.Id, channel, "outbound", DeliveryStatuses.Sent, null, notes, DomainOutreachLog.RecordedBy, at);
            db.ContactAttempts.Add(attempt);
            db.Timeline.Add(new TimelineEntry(work.NewId(), @case.Id, "contact.sent",
                Summary($"{channel} {send.TemplateKey} to {string.Join(", ", recipients)}: {send.Subject}"), at));
            attemptId = attempt.Id;
        }

        db.OutreachMessages.Add(new OutreachMessage(work.NewId(), send.ProcessInstanceId, send.ActivityInstanceId, send.Topic, channel,
            send.Provider ?? "unknown", send.MessageId, recipients, @case?.Id, attemptId, send.TemplateKey, send.Language, send.Subject, at));
        return true;
    }

    private static string Summary(string text) => text.Length > 2000 ? text[..2000] : text;
}
