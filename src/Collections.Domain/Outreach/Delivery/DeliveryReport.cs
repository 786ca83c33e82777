namespace Collections.Domain.Outreach.Delivery;

/// <summary>
/// One provider report on a message, whatever the provider: its event id (for idempotency), the message id the send
/// got, the status (<see cref="Messages.DeliveryStatuses"/>), the recipient it concerns, and whether the address or
/// number will never work. <paramref name="Reference"/> is the send intent's reference when the provider echoes it
/// (SendGrid's custom arg, the gateway's client reference): it finds a send that a crash left unrecorded.
/// </summary>
public sealed record DeliveryReport(
    string Provider,
    string EventId,
    string ProviderMessageId,
    string Status,
    string? Recipient,
    bool Permanent,
    string? Reason,
    DateTimeOffset OccurredAt,
    string? Reference = null);
