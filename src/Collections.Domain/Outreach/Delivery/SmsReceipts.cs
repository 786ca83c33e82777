using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Messages;

namespace Collections.Domain.Outreach.Delivery;

/// <summary>
/// Delivery receipts of the HTTP SMS gateway (<see cref="Sms.HttpSmsSender"/>): a JSON object, or an array of them,
/// <c>{"id": "the id the send got", "status": "delivered|failed|undelivered", "to": "+52…", "permanent": true,
/// "reason": "…", "at": "2026-03-02T09:00:00Z", "eventId": "…"}</c>, signed with
/// <c>X-Sms-Signature: sha256=HEX</c>, HMAC-SHA256 of the raw body with the shared secret. A <c>failed</c> receipt is
/// permanent unless it says <c>"permanent": false</c>; an <c>undelivered</c> one only when it says <c>true</c>.
/// </summary>
public static class SmsReceipts
{
    public const string SignatureHeader = "X-Sms-Signature";

    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    public static bool Verify(string secret, string? header, string body)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrWhiteSpace(header)) return false;
        var given = header.Trim();
        if (!given.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase)) given = "sha256=" + given;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(given.ToLowerInvariant()));
    }

    public static IReadOnlyList<DeliveryReport> Parse(string body, DateTimeOffset now)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new DomainValidationException("request.malformed-json", "body", "The body is not well-formed JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Object => [Read(root, string.Empty, now)],
                JsonValueKind.Array => root.EnumerateArray().Select((e, i) => Read(e, $"[{i}].", now)).ToList(),
                _ => throw new DomainValidationException("request.invalid-value", "body", "Send a receipt object or an array of them."),
            };
        }
    }

    private static DeliveryReport Read(JsonElement item, string prefix, DateTimeOffset now)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new DomainValidationException("request.invalid-value", prefix.TrimEnd('.'), "Each receipt must be a JSON object.");
        var id = Text(item, "id") ?? throw new DomainValidationException("field.required", prefix + "id", $"'{prefix}id' (the message id the gateway answered) is required.");
        var status = Text(item, "status") ?? throw new DomainValidationException("field.required", prefix + "status", $"'{prefix}status' is required.");
        var mapped = status.ToLowerInvariant() switch
        {
            "delivered" => DeliveryStatuses.Delivered,
            "failed" => DeliveryStatuses.Failed,
            "undelivered" => DeliveryStatuses.Undelivered,
            _ => throw new DomainValidationException("sms-receipt.status-unknown", prefix + "status", $"'{status}' is not a receipt status; use delivered, failed or undelivered."),
        };
        bool? permanent = item.TryGetProperty("permanent", out var p) && p.ValueKind is JsonValueKind.True or JsonValueKind.False ? p.GetBoolean() : null;
        var isPermanent = mapped switch
        {
            DeliveryStatuses.Failed => permanent ?? true,
            DeliveryStatuses.Undelivered => permanent ?? false,
            _ => false,
        };
        var at = now;
        if (Text(item, "at") is { } text && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at))
        {
            throw new DomainValidationException("request.invalid-value", prefix + "at", $"'{prefix}at' must be an ISO 8601 instant.");
        }

        var reason = Text(item, "reason") ?? Text(item, "errorCode");
        var eventId = Text(item, "eventId") ?? $"{id}:{mapped}";
        return new DeliveryReport(OutreachProviders.HttpSms, eventId, id, mapped, Text(item, "to"), isPermanent, reason, at.ToUniversalTime(), Text(item, "reference"));
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text.Trim() : null;
}
