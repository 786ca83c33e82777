using Collections.Domain.Outreach.Outbox;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Outreach.Messages;

/// <summary>The messages sent for a case, newest first, with their delivery reports and outbox file.</summary>
public sealed class CaseMessageQueries(DomainWork work, OutboxStore outbox)
{
    /// <exception cref="NotFoundException">No such case.</exception>
    public async Task<IReadOnlyList<CaseMessageDto>> ListAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken)) throw new NotFoundException("Case", caseId.ToString());
        var messages = (await db.OutreachMessages.Where(m => m.CaseId == caseId).ToListAsync(cancellationToken))
            .OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id).ToList();
        var ids = messages.Select(m => m.Id).ToList();
        var events = (await db.OutreachMessageEvents.Where(e => ids.Contains(e.MessageId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.MessageId);
        return messages.Select(m => new CaseMessageDto(
            m.Id, m.CaseId, m.Channel, m.Provider, m.ProviderMessageId, m.Recipients, m.TemplateKey, m.Language, m.Subject, m.Status, m.StatusAt,
            m.SentAt, m.ContactAttemptId, outbox.FindFile(m.Provider, m.ProviderMessageId),
            events[m.Id].OrderBy(e => e.OccurredAt).Select(e => new CaseMessageEventDto(e.Status, e.Recipient, e.Permanent, e.Reason, e.OccurredAt)).ToList()))
            .ToList();
    }
}
