using Collections.Domain.Cases;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Messages;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Collections.Domain.Outreach.Intents;

/// <summary>
/// A person settles a send step held as uncertain (a crash left it unknown whether the message left): "it was sent"
/// records it as sent (message, contact attempt, timeline) and the step completes at its next look; "send again"
/// lets the next look send with a new reference. Only an uncertain step can be settled (409 otherwise).
/// </summary>
public sealed class OutreachIntentService(DomainWork work)
{
    public async Task<IReadOnlyList<OutreachIntentDto>> ListAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken)) throw new NotFoundException("Case", caseId.ToString());
        var intents = await db.OutreachIntents.Where(i => i.CaseId == caseId).ToListAsync(cancellationToken);
        return intents.OrderByDescending(i => i.CreatedAt).Select(ToDto).ToList();
    }

    public Task<OutreachIntentDto> ConfirmSentAsync(Guid caseId, Guid intentId, string by, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var intent = await UncertainAsync(db, caseId, intentId, cancellationToken);
            intent.Confirm(intent.Reference, by, work.Now);
            await OutreachSendRecords.AddAsync(db, work, new OutreachSend(intent.ProcessInstanceId, intent.ActivityInstanceId, intent.Topic, intent.Reference,
                Instant.FromDateTimeOffset(intent.CreatedAt), intent.CaseId, intent.Channel, intent.Provider, intent.Recipients.Split(", "), intent.TemplateKey,
                intent.Language, intent.Subject), cancellationToken);
            Note(db, intent, "confirmed", by);
            return ToDto(intent);
        }, cancellationToken);

    public Task<OutreachIntentDto> ResendAsync(Guid caseId, Guid intentId, string by, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var intent = await UncertainAsync(db, caseId, intentId, cancellationToken);
            intent.RequestResend(by, work.Now);
            Note(db, intent, "resend", by);
            return ToDto(intent);
        }, cancellationToken);

    private static async Task<OutreachIntent> UncertainAsync(Persistence.DomainDbContext db, Guid caseId, Guid intentId, CancellationToken cancellationToken)
    {
        var intent = await db.OutreachIntents.SingleOrDefaultAsync(i => i.Id == intentId && i.CaseId == caseId, cancellationToken)
            ?? throw new NotFoundException("Message", intentId.ToString());
        return intent.Status == OutreachIntentStatuses.Uncertain
            ? intent
            : throw new DomainConflictException("outreach.intent-not-uncertain", $"This message is '{intent.Status}', not uncertain: there is nothing to settle.");
    }

    private void Note(Persistence.DomainDbContext db, OutreachIntent intent, string decision, string by) =>
        db.Timeline.Add(new TimelineEntry(work.NewId(), intent.CaseId!.Value, OutreachIntentActions.ResolvedKind,
            $"{intent.Channel} {intent.TemplateKey} to {intent.Recipients}: {decision} by {by}", work.Now, new Dictionary<string, string>
            {
                ["decision"] = decision,
                ["by"] = by,
                ["channel"] = intent.Channel,
                ["template"] = intent.TemplateKey ?? string.Empty,
            }));

    private static OutreachIntentDto ToDto(OutreachIntent i) =>
        new(i.Id, i.Channel, i.TemplateKey, i.Recipients, i.Subject, i.Status, i.Reason, i.Attempt, i.Reference, i.ProviderMessageId, i.ResolvedBy, i.CreatedAt, i.UpdatedAt);
}
