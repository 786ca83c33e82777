namespace Collections.Server.Security.Proxy;

/// <summary>
/// Running behind a TLS-terminating proxy, bound from <c>Collections:Security:ForwardedHeaders</c>. Off by default:
/// honouring <c>X-Forwarded-*</c> from anyone would let a client claim HTTPS or another address.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "Collections:Security:ForwardedHeaders";

    /// <summary>Apply <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the proxies below. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies trusted to send forwarded headers (e.g. <c>10.0.0.5</c>). Default none.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation (e.g. <c>10.0.0.0/8</c>). Default none.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may append to the headers. Default 1 (one load balancer).</summary>
    public int ForwardLimit { get; set; } = 1;
}
