namespace Collections.Domain.Outreach.Messages;

/// <summary>
/// Persisted states of an outgoing message (STYLE.md 12), from the send through the provider's reports. A later
/// report never moves a message back: <see cref="Rank"/> orders them (an "opened" after a "bounced" keeps "bounced").
/// </summary>
public static class DeliveryStatuses
{
    public const string Sent = "sent";
    public const string Delivered = "delivered";
    public const string Opened = "opened";

    /// <summary>A bounce the provider calls temporary (SendGrid's <c>blocked</c>), or an SMS that may still arrive.</summary>
    public const string Deferred = "deferred";

    public const string Bounced = "bounced";
    public const string Dropped = "dropped";
    public const string SpamReport = "spam-report";
    public const string Failed = "failed";
    public const string Undelivered = "undelivered";

    public static IReadOnlyList<string> All { get; } = [Sent, Delivered, Opened, Deferred, Bounced, Dropped, SpamReport, Failed, Undelivered];

    /// <summary>Higher wins: failures over opens over deliveries over the send.</summary>
    public static int Rank(string status) => status switch
    {
        Sent => 0,
        Deferred => 1,
        Delivered => 2,
        Opened => 3,
        Undelivered => 4,
        Bounced or Dropped or Failed => 5,
        SpamReport => 6,
        _ => 0,
    };
}
