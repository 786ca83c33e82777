namespace Collections.Server.Apis.Domain;

/// <summary>Limits of the integrator API.</summary>
internal static class DomainApiLimits
{
    /// <summary>Requests over 1 MB are refused with 413.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>The rate-limiter policy applied per API key (or per client address without one).</summary>
    public const string RatePolicy = "per-api-key";
}
