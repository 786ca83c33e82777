namespace Collections.Domain.Webhooks;

/// <summary>
/// One event for one subscription: the outbox row written in the same transaction as the domain change (DESIGN.md
/// D13), then the delivery log (status, attempts, last response).
/// </summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery()
    {
        EventType = Payload = Status = string.Empty;
    }

    public WebhookDelivery(Guid id, Guid subscriptionId, Guid eventId, string eventType, string payload, DateTimeOffset now)
        : this()
    {
        (Id, SubscriptionId, EventId, EventType, Payload, CreatedAt, NextAttemptAt, WindowStartedAt) = (id, subscriptionId, eventId, eventType, payload, now, now, now);
        Status = WebhookDeliveryStatuses.Pending;
    }

    public Guid Id { get; private set; }

    public Guid SubscriptionId { get; private set; }

    /// <summary>Same for every subscription that receives the event; receivers deduplicate on it.</summary>
    public Guid EventId { get; private set; }

    public string EventType { get; private set; }

    /// <summary>The exact JSON body sent (and signed).</summary>
    public string Payload { get; private set; }

    public string Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Start of the current retry window (creation, or the last manual redeliver).</summary>
    public DateTimeOffset WindowStartedAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Set while one dispatcher sends it, so two nodes never send the same row at once.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>Takes the row for one attempt; false when it is not pending or another dispatcher holds it.</summary>
    public bool TryLock(DateTimeOffset now, TimeSpan duration)
    {
        if (Status != WebhookDeliveryStatuses.Pending || NextAttemptAt > now || LockedUntil >= now) return false;
        LockedUntil = now + duration;
        return true;
    }

    public void Succeeded(int statusCode, DateTimeOffset now) =>
        (Status, Attempts, LastAttemptAt, LastStatusCode, LastError, DeliveredAt, LockedUntil) =
        (WebhookDeliveryStatuses.Delivered, Attempts + 1, now, statusCode, null, now, null);

    /// <summary>Schedules the next try at <paramref name="next"/>, or fails the delivery when that is past <paramref name="giveUpAt"/>.</summary>
    public void AttemptFailed(int? statusCode, string error, DateTimeOffset now, DateTimeOffset next, DateTimeOffset giveUpAt)
    {
        (Attempts, LastAttemptAt, LastStatusCode, LastError, LockedUntil) = (Attempts + 1, now, statusCode, error.Length > 500 ? error[..500] : error, null);
        if (next > giveUpAt) Status = WebhookDeliveryStatuses.Failed;
        else NextAttemptAt = next;
    }

    /// <summary>Gives up at once (the subscription was deleted while the event was in flight).</summary>
    public void Abandon(string reason, DateTimeOffset now) =>
        (Status, LastAttemptAt, LastError, LockedUntil) = (WebhookDeliveryStatuses.Failed, now, reason, null);

    /// <summary>A manual redeliver: pending again, due now, with a fresh 24 hours.</summary>
    public void Redeliver(DateTimeOffset now) => (Status, NextAttemptAt, WindowStartedAt, LockedUntil) = (WebhookDeliveryStatuses.Pending, now, now, null);
}
