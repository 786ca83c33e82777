using System.Net;
using Collections.Domain.Webhooks.Targets;

namespace Collections.Domain.Tests.Webhooks;

/// <summary>DNS stand-in: literals parse, named hosts answer from the table.</summary>
internal sealed class StaticHostResolver(Dictionary<string, IPAddress[]> table) : IWebhookHostResolver
{
    public int Lookups { get; private set; }

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Lookups++;
        return Task.FromResult(IPAddress.TryParse(host, out var literal) ? [literal] : table[host]);
    }
}
