namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// Outreach without the domain (<c>AddCollectionsOutreach</c> alone, process variables only): no intent table, a
/// fresh reference per send, the send recorded in <see cref="IOutreachLog"/> afterwards. A crash between the provider
/// call and that record can send twice here; the server registers the domain's intents instead.
/// </summary>
public sealed class UnguardedOutreachIntents(IOutreachLog log) : IOutreachIntents
{
    public Task<IntentDecision> BeginAsync(SendIntentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IntentDecision>(new IntentDecision.Send(null, Guid.NewGuid().ToString("N")));

    public Task SkipAsync(SendIntentRequest request, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SentAsync(Guid? intentId, OutreachSend send, CancellationToken cancellationToken) => log.RecordAsync(send, cancellationToken);

    public Task ConfirmAsync(Guid intentId, OutreachSend send, CancellationToken cancellationToken) => log.RecordAsync(send, cancellationToken);

    public Task HoldAsync(Guid intentId, string reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
