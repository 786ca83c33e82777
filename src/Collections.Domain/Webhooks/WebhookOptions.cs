namespace Collections.Domain.Webhooks;

/// <summary>Webhook delivery, bound from <c>Collections:Domain:Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Collections:Domain:Webhooks";

    /// <summary>Wait after the first failed attempt; doubles after each failure. Default 30 s.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between attempts. Default 1 hour, so a receiver back after an outage hears within the hour.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Retries stop this long after the event; the delivery is then failed and can be redelivered.</summary>
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long one dispatcher holds a delivery while sending it. Default 1 minute (longer than <see cref="RequestTimeout"/>).</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Per-attempt HTTP timeout. Default 10 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the background dispatcher looks for due deliveries. Default 2 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Run the dispatcher in the background. Default true; tests call it directly after moving the clock.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>
    /// Targets a subscription may reach although they are inside (loopback, private, link-local, CGNAT, ULA…):
    /// CIDR blocks (<c>10.20.0.0/16</c>, <c>127.0.0.1/32</c>) or host names (<c>erp.internal</c>). Default empty:
    /// webhooks reach only public addresses over https, so a subscription can never probe the server's own network.
    /// An allow-listed target may also use plain http.
    /// </summary>
    public List<string> AllowedTargets { get; set; } = [];

    /// <summary>The wait after <paramref name="failures"/> failed attempts: initial × 2^(failures−1), capped.</summary>
    public TimeSpan DelayAfter(int failures)
    {
        var ticks = InitialRetryDelay.Ticks * Math.Pow(2, Math.Min(failures - 1, 30));
        return ticks >= MaxRetryDelay.Ticks ? MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }
}
