using System.Net;
using System.Net.Sockets;
using Collections.Domain.Errors;

namespace Collections.Domain.Webhooks.Targets;

/// <summary>
/// The registration check: the URL's host, resolved now, must be one <see cref="WebhookTargetPolicy"/> permits, and
/// plain http is accepted only for allow-listed targets. The same policy runs again at connect time for every
/// delivery (<see cref="WebhookConnector"/>), since DNS can change after registration.
/// </summary>
public sealed class WebhookTargetGuard(WebhookTargetPolicy policy, IWebhookHostResolver resolver)
{
    public const string RefusedCode = "webhook.url-refused";

    public async Task EnsurePermittedAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return; // the entity reports the malformed URL
        var host = uri.IdnHost.Trim('[', ']'); // System.Uri already reads 127.1 and 2130706433 as 127.0.0.1
        if (WebhookTargetPolicy.IsMetadataHost(host) && !policy.IsAllowListed(host, null)) throw Refused(url);
        IPAddress[] addresses = [];
        try
        {
            addresses = await resolver.ResolveAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            // Not resolvable yet (the receiver may not exist yet): accepted; every delivery checks again when it connects.
        }

        if (addresses.Any(a => !policy.Permits(host, a))) throw Refused(url);
        if (uri.Scheme == Uri.UriSchemeHttp && !policy.IsAllowListed(host, addresses.FirstOrDefault()))
        {
            throw new DomainValidationException("webhook.url-invalid", "url", $"'{url}' is not an absolute https URL.");
        }
    }

    private static DomainValidationException Refused(string url) =>
        new(RefusedCode, "url", $"'{url}' points inside the server's network (loopback, private, link-local or metadata addresses); webhooks reach public addresses only unless an administrator allow-lists the target.");
}
