namespace Collections.Domain.Outreach.Messages;

/// <summary>
/// A provider's report on a message (delivered, opened, bounced, ...), kept once: (provider, provider event id) is
/// unique, so a webhook the provider sends again changes nothing (SendGrid retries for up to 72 hours).
/// </summary>
public sealed class OutreachMessageEvent
{
    private OutreachMessageEvent()
    {
        Provider = ProviderEventId = Status = string.Empty;
    }

    public OutreachMessageEvent(
        Guid id, Guid messageId, string provider, string providerEventId, string status, string? recipient, bool permanent, string? reason,
        DateTimeOffset occurredAt, DateTimeOffset receivedAt)
        : this()
    {
        (Id, MessageId, Provider, ProviderEventId, Status, Recipient, Permanent, OccurredAt, ReceivedAt) =
            (id, messageId, provider, providerEventId, status, recipient, permanent, occurredAt, receivedAt);
        Reason = reason is { Length: > 1000 } ? reason[..1000] : reason;
    }

    public Guid Id { get; private set; }

    public Guid MessageId { get; private set; }

    public string Provider { get; private set; }

    public string ProviderEventId { get; private set; }

    /// <summary>One of <see cref="DeliveryStatuses"/>.</summary>
    public string Status { get; private set; }

    public string? Recipient { get; private set; }

    /// <summary>The address or number will never work (hard bounce, invalid, dead number).</summary>
    public bool Permanent { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
}
