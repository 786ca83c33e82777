using Collections.Domain.Cases;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Intents;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Persistence;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Collections.Domain.Outreach.Messages;

/// <summary>
/// <see cref="IOutreachLog"/> in the domain's database: each send is an <see cref="OutreachMessage"/> (unique per process
/// instance and activity instance), and, when it belongs to a case, a <see cref="ContactAttempt"/> (outbound, outcome
/// <c>sent</c>) and a timeline line, all in one transaction. The provider's message id stays with it so delivery
/// reports find the attempt. A step covered by a statement that left counts as sent with the statement's message id.
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
        if (found is null) return await CoveredAsync(db, processInstanceId, activityInstanceId, cancellationToken);
        return new OutreachSend(found.ProcessInstanceId, found.ActivityInstanceId, found.Topic, found.ProviderMessageId,
            Instant.FromDateTimeOffset(found.SentAt), found.CaseId, found.Channel, found.Provider, found.Recipients.Split(", "), found.TemplateKey,
            found.Language, found.Subject);
    }

    /// <summary>
    /// A step listed on a statement that has left is sent too, with the statement's message id: it completes at once,
    /// before the contact policy looks at it (the statement was the day's one contact, so the caps would defer it).
    /// </summary>
    private static async Task<OutreachSend?> CoveredAsync(DomainDbContext db, Guid processInstanceId, string activityInstanceId, CancellationToken cancellationToken)
    {
        var covered = await (from step in db.OutreachIntents
                             join statement in db.OutreachStatements on step.StatementId equals statement.Id
                             join owner in db.OutreachIntents on statement.OwnerIntentId equals owner.Id
                             where step.ProcessInstanceId == processInstanceId && step.ActivityInstanceId == activityInstanceId
                                 && step.Status == OutreachIntentStatuses.Covered
                                 && (owner.Status == OutreachIntentStatuses.Sent || owner.Status == OutreachIntentStatuses.Confirmed)
                             select new { step, owner }).FirstOrDefaultAsync(cancellationToken);
        return covered is null ? null : new OutreachSend(processInstanceId, activityInstanceId, covered.step.Topic,
            covered.owner.ProviderMessageId ?? covered.owner.Reference, Instant.FromDateTimeOffset(covered.owner.UpdatedAt), covered.step.CaseId,
            covered.step.Channel, covered.step.Provider, covered.step.Recipients.Split(", "), covered.step.TemplateKey, covered.step.Language, covered.owner.Subject);
    }

    public async Task RecordAsync(OutreachSend send, CancellationToken cancellationToken)
    {
        try
        {
            await work.RunAsync(db => OutreachSendRecords.AddAsync(db, work, send, cancellationToken), cancellationToken);
        }
        catch (DomainConflictException ex) when (ex.Code == "duplicate")
        {
            // Another worker recorded the same activity instance first; the first record stands (IOutreachLog's contract).
        }
    }
}
