using System.Net;
using System.Net.Sockets;

namespace Collections.Domain.Webhooks.Targets;

/// <summary>
/// The webhook client's <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host once, keeps only the
/// addresses <see cref="WebhookTargetPolicy"/> permits and connects to those very addresses, so a DNS answer that
/// changes between the check and the connection (rebinding) cannot reach inside.
/// </summary>
public sealed class WebhookConnector(WebhookTargetPolicy policy, IWebhookHostResolver resolver)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = (await resolver.ResolveAsync(host, cancellationToken)).Where(a => policy.Permits(host, a)).ToArray();
        if (addresses.Length == 0) throw new WebhookTargetRefusedException();
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The handler deliveries use: this connector, no redirects (a 3xx is a failed delivery), no cookies, no proxy.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        ConnectCallback = ConnectAsync,
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
    };
}
