using System.Text;
using Collections.Domain.Outreach.Delivery;
using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Sms;
using Collections.Server.Apis.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Collections.Server.Apis.Providers;

/// <summary>
/// Webhooks our message providers call. No API key and no sign-in: the provider proves itself by
/// signing the raw body (SendGrid: ECDSA with its verification key; the SMS gateway: HMAC-SHA256 with the shared
/// secret). Anything unsigned or badly signed is a 401 problem and changes nothing. A signed batch answers 200 with
/// what it did, also for events seen before (providers retry until they get a 2xx).
/// </summary>
public static class ProvidersApi
{
    /// <summary>SendGrid posts batches of events; this bounds one request.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/providers").WithTags("Providers").AllowAnonymous().RequireRateLimiting(DomainApiLimits.RatePolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapPost("/sendgrid/events", SendGridEventsAsync).WithName("SendGridEvents")
            .WithSummary("SendGrid's signed event webhook: delivered, open, bounce, dropped, deferred, spamreport; a hard bounce marks the contact invalid and tells the process (contact-unreachable); unsubscribe, group_unsubscribe and spamreport opt the address out of e-mail.");
        api.MapPost("/sms/receipts", SmsReceiptsAsync).WithName("SmsReceipts")
            .WithSummary("Delivery receipts of the HTTP SMS gateway, signed with X-Sms-Signature (HMAC-SHA256 of the body); a permanent failure marks the number invalid and tells the process.");
        api.MapPost("/sms/inbound", SmsInboundAsync).WithName("SmsInbound")
            .WithSummary("Inbound SMS forwarded by the HTTP SMS gateway, signed like the receipts; STOP, PARAR, BAJA, CANCELAR, UNSUBSCRIBE… opt the number out of SMS.");
        return app;
    }

    public static async Task<Results<Ok<DeliveryResult>, ProblemHttpResult>> SendGridEventsAsync(
        HttpRequest request, IOptions<EmailOptions> options, DeliveryRecorder recorder, OptOutRecorder optOuts, CancellationToken cancellationToken)
    {
        if (await ReadBodyAsync(request, cancellationToken) is not { } body) return TooLarge();
        var key = options.Value.EventWebhookPublicKey;
        if (key.Length == 0) return Unauthorized("SendGrid's event webhook is not configured here (Collections:Outreach:Email:EventWebhookPublicKey is empty).");
        if (!SendGridSignature.Verify(key, request.Headers[SendGridSignature.SignatureHeader], request.Headers[SendGridSignature.TimestampHeader], body))
        {
            return Unauthorized($"The request is not signed by SendGrid: {SendGridSignature.SignatureHeader} does not verify over {SendGridSignature.TimestampHeader} and the body.");
        }

        var (reports, ignored) = SendGridEvents.Parse(body);
        var result = await recorder.RecordAsync(reports, ignored, cancellationToken);
        return TypedResults.Ok(result with { OptedOut = await optOuts.RecordAsync(SendGridEvents.OptOuts(body), cancellationToken) });
    }

    public static async Task<Results<Ok<DeliveryResult>, ProblemHttpResult>> SmsReceiptsAsync(
        HttpRequest request, IOptions<SmsOptions> options, DeliveryRecorder recorder, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await ReadBodyAsync(request, cancellationToken) is not { } body) return TooLarge();
        var secret = options.Value.ReceiptSecret;
        if (secret.Length == 0) return Unauthorized("SMS delivery receipts are not configured here (Collections:Outreach:Sms:ReceiptSecret is empty).");
        if (!SmsReceipts.Verify(secret, request.Headers[SmsReceipts.SignatureHeader], body))
        {
            return Unauthorized($"The request is not signed with the shared secret: {SmsReceipts.SignatureHeader} must be sha256=HEX, HMAC-SHA256 of the body.");
        }

        return TypedResults.Ok(await recorder.RecordAsync(SmsReceipts.Parse(body, time.GetUtcNow()), 0, cancellationToken));
    }

    public static async Task<Results<Ok<DeliveryResult>, ProblemHttpResult>> SmsInboundAsync(
        HttpRequest request, IOptions<SmsOptions> options, OptOutRecorder optOuts, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await ReadBodyAsync(request, cancellationToken) is not { } body) return TooLarge();
        var secret = options.Value.ReceiptSecret;
        if (secret.Length == 0) return Unauthorized("Inbound SMS are not configured here (Collections:Outreach:Sms:ReceiptSecret is empty).");
        if (!SmsReceipts.Verify(secret, request.Headers[SmsReceipts.SignatureHeader], body))
        {
            return Unauthorized($"The request is not signed with the shared secret: {SmsReceipts.SignatureHeader} must be sha256=HEX, HMAC-SHA256 of the body.");
        }

        var (stops, ignored) = SmsInbound.Parse(body, time.GetUtcNow());
        return TypedResults.Ok(new DeliveryResult(0, 0, 0, ignored, await optOuts.RecordAsync(stops, cancellationToken)));
    }

    /// <summary>The raw body as sent (signatures cover its exact bytes), or null when it exceeds <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(DomainExceptionHandler.Problem(StatusCodes.Status401Unauthorized, "Signature missing or invalid", "provider.signature-invalid", detail, null));

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(DomainExceptionHandler.Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", "request.too-large", $"The body exceeds {MaxBodyBytes} bytes.", null));
}
