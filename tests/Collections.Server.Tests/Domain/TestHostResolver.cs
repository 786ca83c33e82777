using System.Net;
using Collections.Domain.Webhooks.Targets;

namespace Collections.Server.Tests.Domain;

/// <summary>DNS stand-in (no network in tests): literals parse, <c>localhost</c> is loopback, <c>*.internal.test</c> private, any other name a public documentation address.</summary>
public sealed class TestHostResolver : IWebhookHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Task.FromResult<IPAddress[]>(
        IPAddress.TryParse(host, out var literal) ? [literal]
        : host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? [IPAddress.Loopback, IPAddress.IPv6Loopback]
        : host.EndsWith(".internal.test", StringComparison.OrdinalIgnoreCase) ? [IPAddress.Parse("10.20.30.40")]
        : [IPAddress.Parse("203.0.113.10")]);
}
