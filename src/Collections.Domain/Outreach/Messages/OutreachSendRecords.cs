using Collections.Domain.Cases;
using Collections.Domain.Outreach.Statements;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Persistence;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Outreach.Messages;

/// <summary>
/// Adds a send to a unit of work: the <see cref="OutreachMessage"/> and, when it belongs to a case, the
/// <see cref="ContactAttempt"/> and the <c>contact.sent</c> timeline line (a statement: one attempt and a
/// <c>contact.statement-sent</c> line on each case it lists). Shared by the send log, the intents
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
            if (await StatementOfAsync(db, send, cancellationToken) is { } statement)
            {
                NoteStatement(db, work, statement, channel, send.TemplateKey, at);
            }
            else
            {
                db.Timeline.Add(new TimelineEntry(work.NewId(), @case.Id, "contact.sent",
                    Summary($"{channel} {send.TemplateKey} to {string.Join(", ", recipients)}: {send.Subject}"), at,
                    TimelineArguments.Of(("channel", channel), ("template", send.TemplateKey), ("recipients", Summary(string.Join(", ", recipients))),
                        ("subject", send.Subject is null ? null : Summary(send.Subject)))));
            }

            attemptId = attempt.Id;
        }

        db.OutreachMessages.Add(new OutreachMessage(work.NewId(), send.ProcessInstanceId, send.ActivityInstanceId, send.Topic, channel,
            send.Provider ?? "unknown", send.MessageId, recipients, @case?.Id, attemptId, send.TemplateKey, send.Language, send.Subject, at));
        return true;
    }

    /// <summary>The statement the step sends, when it owns one.</summary>
    private static Task<OutreachStatement?> StatementOfAsync(DomainDbContext db, OutreachSend send, CancellationToken cancellationToken) =>
        (from i in db.OutreachIntents
         join s in db.OutreachStatements on i.Id equals s.OwnerIntentId
         where i.ProcessInstanceId == send.ProcessInstanceId && i.ActivityInstanceId == send.ActivityInstanceId
         select s).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A statement is one contact (one attempt, on the step that sent it, so the caps count it once) and one line on
    /// the timeline of every case it lists, as a code and arguments the UI renders in the reader's language.
    /// </summary>
    private static void NoteStatement(DomainDbContext db, DomainWork work, OutreachStatement statement, string channel, string? template, DateTimeOffset at)
    {
        var lines = statement.Lines();
        var numbers = string.Join(", ", lines.Select(l => l.InvoiceNumber));
        foreach (var line in lines)
        {
            db.Timeline.Add(new TimelineEntry(work.NewId(), line.CaseId, StatementActions.SentKind,
                Summary($"{channel} statement listing {lines.Count} invoices: {numbers}"), at, new Dictionary<string, string>
                {
                    ["count"] = lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["channel"] = channel,
                    ["template"] = template ?? string.Empty,
                    ["invoices"] = Summary(numbers),
                }));
        }
    }

    private static string Summary(string text) => text.Length > 2000 ? text[..2000] : text;
}
