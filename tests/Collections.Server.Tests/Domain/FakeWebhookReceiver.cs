using System.Collections.Concurrent;
using System.Net;
using Collections.Domain.Webhooks;

namespace Collections.Server.Tests.Domain;

/// <summary>The integrator's endpoint: records every request and answers with the queued status codes, then 200.</summary>
public sealed class FakeWebhookReceiver : HttpMessageHandler
{
    private readonly ConcurrentQueue<HttpStatusCode> _answers = new();

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public void FailNext(int times, HttpStatusCode status = HttpStatusCode.ServiceUnavailable)
    {
        for (var i = 0; i < times; i++) _answers.Enqueue(status);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var status = _answers.TryDequeue(out var queued) ? queued : HttpStatusCode.OK;
        Received.Enqueue(new ReceivedWebhook(
            request.RequestUri!.ToString(),
            request.Headers.TryGetValues("Collections-Event", out var e) ? e.Single() : string.Empty,
            request.Headers.TryGetValues("Collections-Signature", out var s) ? s.Single() : string.Empty,
            body,
            (int)status,
            request.Headers.TryGetValues(WebhookDispatcher.DeliveryIdHeader, out var d) ? d.Single() : string.Empty));
        return new HttpResponseMessage(status);
    }
}

/// <summary>One request the receiver saw, and what it answered.</summary>
public sealed record ReceivedWebhook(string Url, string EventType, string Signature, string Body, int AnsweredStatus, string DeliveryId = "");
