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
/// reports find the attempt.
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
            await work.RunAsync(db => OutreachSendRecords.AddAsync(db, work, send, cancellationToken), cancellationToken);
        }
        catch (DomainConflictException ex) when (ex.Code == "duplicate")
        {
            // Another worker recorded the same activity instance first; the first record stands (IOutreachLog's contract).
        }
    }
}
