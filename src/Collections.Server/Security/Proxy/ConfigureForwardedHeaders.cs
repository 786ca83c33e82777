using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Collections.Server.Security.Proxy;

/// <summary>
/// Trusts exactly the configured proxies and networks: ASP.NET Core's loopback defaults are cleared so a setting
/// is the only way a proxy becomes trusted.
/// </summary>
internal sealed class ConfigureForwardedHeaders(IOptions<ForwardedHeadersSettings> settings) : IConfigureOptions<ForwardedHeadersOptions>
{
    public void Configure(ForwardedHeadersOptions options)
    {
        var value = settings.Value;
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = value.ForwardLimit;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in value.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in value.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    /// <summary>For <c>Validate</c>: every entry parses.</summary>
    public static bool IsValid(ForwardedHeadersSettings value) =>
        value.ForwardLimit > 0
        && value.KnownProxies.All(p => IPAddress.TryParse(p, out _))
        && value.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));
}
