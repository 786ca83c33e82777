namespace Collections.Server.Apis.Domain;

/// <summary>Per-API-key rate limit of the integrator API (a token bucket), bound from <c>Collections:Domain:RateLimit</c>.</summary>
public sealed class DomainApiRateLimitOptions
{
    public const string Section = "Collections:Domain:RateLimit";

    /// <summary>Sustained requests per second per key. Default 1000: above the benchmark's 500 cases/s target.</summary>
    public int PermitsPerSecond { get; set; } = 1000;

    /// <summary>Requests a key may send at once after being idle. Default 2000.</summary>
    public int Burst { get; set; } = 2000;
}
