using System.Net;

namespace Collections.Domain.Webhooks.Targets;

/// <summary>Host name to addresses (DNS in production); a boundary tests replace.</summary>
public interface IWebhookHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
