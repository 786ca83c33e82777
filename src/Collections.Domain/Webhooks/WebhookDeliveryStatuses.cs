namespace Collections.Domain.Webhooks;

/// <summary>Persisted delivery states.</summary>
public static class WebhookDeliveryStatuses
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";

    /// <summary>Retries ran out (24 hours of backoff); a manual redeliver puts it back to pending.</summary>
    public const string Failed = "failed";
}
