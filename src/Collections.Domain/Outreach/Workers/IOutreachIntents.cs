namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// The send intents behind exactly one message per send step (docs/architecture.md, "Exactly-once outreach"): the
/// intent is committed before the provider call, the outcome after it, and a retry that finds an intent without an
/// outcome reconciles instead of sending again.
/// </summary>
public interface IOutreachIntents
{
    /// <summary>
    /// In one committed transaction: the step's existing intent, or the facts that stop a message (closed or paid case,
    /// dispute, promise or plan, opt-out, dead contact) re-read now, or a new pending intent.
    /// </summary>
    Task<IntentDecision> BeginAsync(SendIntentRequest request, CancellationToken cancellationToken);

    /// <summary>Records a step skipped before any intent (the contact policy's refusal, no recipient) where a person sees it.</summary>
    Task SkipAsync(SendIntentRequest request, string reason, CancellationToken cancellationToken);

    /// <summary>The provider answered: the intent is sent and the message recorded, in one transaction.</summary>
    Task SentAsync(Guid? intentId, OutreachSend send, CancellationToken cancellationToken);

    /// <summary>A retry proved the message left (the provider's own record): confirmed and recorded.</summary>
    Task ConfirmAsync(Guid intentId, OutreachSend send, CancellationToken cancellationToken);

    /// <summary>A retry cannot tell whether the message left: held as uncertain for a person.</summary>
    Task HoldAsync(Guid intentId, string reason, CancellationToken cancellationToken);
}
