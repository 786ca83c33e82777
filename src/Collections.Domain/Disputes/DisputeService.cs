using Collections.Domain.Cases;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Errors;
using Collections.Domain.Webhooks;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Disputes;

/// <summary>
/// Disputes pause outreach: opening one sends <see cref="ProcessMessages.DisputeOpened"/> (the playbook waits for
/// <see cref="ProcessMessages.DisputeResolved"/>), resolving or rejecting sends the latter. One open dispute per case.
/// </summary>
public sealed class DisputeService(DomainWork work, CaseProcess process, WebhookOutbox outbox)
{
    public Task<DisputeDto> OpenAsync(Guid caseId, DisputeInput input, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new NotFoundException("Case", caseId.ToString());
            var dispute = new Dispute(work.NewId(), caseId, input.Reason, input.Owner, input.Notes, work.Now);
            @case.EnsureOpen();
            @case.Touch(work.Now);
            if (await db.Disputes.AnyAsync(d => d.CaseId == caseId && d.Status == DisputeStatuses.Open, cancellationToken))
            {
                throw new DomainConflictException("dispute.already-open", $"Case {caseId} already has an open dispute; resolve or reject it first.");
            }

            db.Disputes.Add(dispute);
            process.Note(db, caseId, WebhookEvents.DisputeOpened, $"Dispute opened: {dispute.Reason}.",
                TimelineArguments.Of(("reason", dispute.Reason)));
            await process.TryCorrelateAsync(db, @case, ProcessMessages.DisputeOpened, new Dictionary<string, object?>
            {
                ["disputeId"] = dispute.Id.ToString(),
                ["disputeReason"] = dispute.Reason,
            }, cancellationToken);
            var dto = CaseService.ToDto(dispute);
            await outbox.EnqueueAsync(db, WebhookEvents.DisputeOpened, dto, work.NewId, work.Now, cancellationToken);
            return dto;
        }, cancellationToken);

    /// <summary>Closes the dispute as <see cref="DisputeStatuses.Resolved"/> or <see cref="DisputeStatuses.Rejected"/>; outreach resumes.</summary>
    public Task<DisputeDto> CloseAsync(Guid caseId, Guid disputeId, string status, DisputeCloseInput input, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var dispute = await db.Disputes.SingleOrDefaultAsync(d => d.Id == disputeId && d.CaseId == caseId, cancellationToken)
                ?? throw new NotFoundException("Dispute", disputeId.ToString());
            var @case = await db.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
            var outcome = input.Outcome ?? DisputeOutcomes.Resume;
            if (outcome is not (DisputeOutcomes.Resume or DisputeOutcomes.CreditNote) || (status == DisputeStatuses.Rejected && outcome != DisputeOutcomes.Resume))
            {
                throw new DomainValidationException("dispute.outcome-unknown", "outcome", status == DisputeStatuses.Rejected
                    ? "A rejected dispute always resumes collection; omit 'outcome' or send 'resume'."
                    : "Use 'resume' or 'credit-note'.");
            }

            dispute.Close(status, input.Resolution, work.Now);
            @case.Touch(work.Now);
            process.Note(db, caseId, WebhookEvents.DisputeResolved, $"Dispute {status}{(dispute.Resolution is null ? "." : ": " + dispute.Resolution)}",
                TimelineArguments.Of(("status", status), ("outcome", outcome), ("resolution", dispute.Resolution)));
            if (@case.IsOpen)
            {
                await process.TryCorrelateAsync(db, @case, ProcessMessages.DisputeResolved, new Dictionary<string, object?>
                {
                    ["disputeId"] = dispute.Id.ToString(),
                    ["disputeOutcome"] = outcome,
                    ["disputeStatus"] = status,
                }, cancellationToken);
            }

            var dto = CaseService.ToDto(dispute);
            await outbox.EnqueueAsync(db, WebhookEvents.DisputeResolved, dto, work.NewId, work.Now, cancellationToken);
            return dto;
        }, cancellationToken);
}
