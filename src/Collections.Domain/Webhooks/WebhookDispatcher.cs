using System.Globalization;
using System.Text;
using Collections.Domain.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Webhooks;

/// <summary>
/// Sends due deliveries: claims a row (lock with expiry, so nodes never send the same row at once), POSTs the signed
/// body outside any transaction, then records the outcome: delivered on 2xx, otherwise the next attempt after an
/// exponential backoff until the 24-hour window closes. Delivery is at least once: a receiver sees a delivery twice
/// if a node dies between its 2xx and the commit, always with the same <see cref="DeliveryIdHeader"/> and
/// <see cref="EventIdHeader"/> (the body's <c>id</c>), which it de-duplicates on (docs/api.md, "Webhooks").
/// </summary>
public sealed partial class WebhookDispatcher(
    DomainWork work,
    IHttpClientFactory httpClients,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDispatcher> logger,
    ICrashPoints? crashPoints = null)
{
    /// <summary>The delivery's id: the same on every attempt of one delivery (one event to one subscription).</summary>
    public const string DeliveryIdHeader = "Collections-Delivery-Id";

    /// <summary>The event's id (the body's <c>id</c>): the same for every subscription and every attempt.</summary>
    public const string EventIdHeader = "Collections-Event-Id";

    /// <summary>The named <see cref="HttpClient"/> deliveries use; tests replace its primary handler.</summary>
    public const string HttpClientName = "collections-webhooks";

    private const int BatchSize = 20;

    /// <summary>Sends every delivery due now; returns how many attempts were made.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var attempts = 0;
        while (true)
        {
            var now = work.Now;
            List<Guid> due;
            await using (var read = work.Read())
            {
                due = await read.WebhookDeliveries
                    .Where(d => d.Status == WebhookDeliveryStatuses.Pending && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
                    .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
            }

            if (due.Count == 0) return attempts;
            var sent = 0;
            foreach (var id in due)
            {
                if (await TrySendAsync(id, cancellationToken)) sent++;
            }

            attempts += sent;
            if (due.Count < BatchSize || sent == 0) return attempts; // a full batch taken by other nodes: next poll
        }
    }

    private async Task<bool> TrySendAsync(Guid id, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claim = await work.RunAsync(async db =>
        {
            var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (delivery is null || !delivery.TryLock(work.Now, settings.LockDuration)) return null;
            var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
            if (subscription is null)
            {
                delivery.Abandon("The subscription was deleted.", work.Now);
                return null;
            }

            return new Claim(delivery.Payload, delivery.EventType, delivery.Id, delivery.EventId, subscription.Url, subscription.Secret);
        }, cancellationToken);
        if (claim is null) return false;

        int? status = null;
        string? error = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, claim.Url) { Content = new StringContent(claim.Payload, Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Create(claim.Secret, work.Now, claim.Payload));
            request.Headers.TryAddWithoutValidation("Collections-Event", claim.EventType);
            request.Headers.TryAddWithoutValidation("Collections-Delivery", claim.DeliveryId.ToString()); // the older name, kept for receivers reading it
            request.Headers.TryAddWithoutValidation(DeliveryIdHeader, claim.DeliveryId.ToString());
            request.Headers.TryAddWithoutValidation(EventIdHeader, claim.EventId.ToString());
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.RequestTimeout);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode) error = string.Create(CultureInfo.InvariantCulture, $"HTTP {status}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error = GenericError(ex);
        }

        (crashPoints ?? NoCrashPoints.Instance).Reached(CrashPoint.AfterWebhookPost);

        await work.RunAsync(async db =>
        {
            var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == id, cancellationToken);
            var now = work.Now;
            if (error is null)
            {
                delivery.Succeeded(status!.Value, now);
            }
            else
            {
                delivery.AttemptFailed(status, error, now, now + settings.DelayAfter(delivery.Attempts + 1), delivery.WindowStartedAt + settings.RetryWindow);
                LogAttemptFailed(delivery.Id, delivery.Attempts, error);
            }

            return true;
        }, cancellationToken);
        return true;
    }

    /// <summary>
    /// The delivery log shows integrators a cause, never the exception text: "Connection refused (127.0.0.1:5393)"
    /// would turn the log into a port scanner of the server's network.
    /// </summary>
    private static string GenericError(Exception ex) => ex switch
    {
        TaskCanceledException => "timed out",
        HttpRequestException { InnerException: Targets.WebhookTargetRefusedException } => "target address not permitted",
        _ => "connection failed",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} attempt {Attempt} failed: {Error}")]
    private partial void LogAttemptFailed(Guid deliveryId, int attempt, string error);

    private sealed record Claim(string Payload, string EventType, Guid DeliveryId, Guid EventId, string Url, string Secret);
}
