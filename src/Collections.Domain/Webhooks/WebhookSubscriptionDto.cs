namespace Collections.Domain.Webhooks;

/// <summary>A subscription as the API returns it; the secret is never returned, only its last four characters.</summary>
public sealed record WebhookSubscriptionDto(Guid Id, string Url, IReadOnlyList<string> Events, bool Active, string SecretHint, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static WebhookSubscriptionDto From(WebhookSubscription s) =>
        new(s.Id, s.Url, s.Events, s.Active, "…" + s.Secret[^4..], s.CreatedAt, s.UpdatedAt);
}

/// <summary>One row of the delivery log.</summary>
public sealed record WebhookDeliveryDto(
    Guid Id, Guid SubscriptionId, Guid EventId, string EventType, string Status, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? LastAttemptAt, int? LastStatusCode, string? LastError, DateTimeOffset? DeliveredAt, string Payload)
{
    public static WebhookDeliveryDto From(WebhookDelivery d) => new(
        d.Id, d.SubscriptionId, d.EventId, d.EventType, d.Status, d.Attempts, d.CreatedAt,
        d.Status == WebhookDeliveryStatuses.Pending ? d.NextAttemptAt : null, d.LastAttemptAt, d.LastStatusCode, d.LastError, d.DeliveredAt, d.Payload);
}
