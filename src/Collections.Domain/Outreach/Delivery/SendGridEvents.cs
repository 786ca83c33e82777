using System.Text.Json;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Messages;

namespace Collections.Domain.Outreach.Delivery;

/// <summary>
/// Reads SendGrid's event webhook body (a JSON array of events) into <see cref="DeliveryReport"/>s. Kept:
/// <c>delivered</c>, <c>open</c>, <c>bounce</c> (type <c>bounce</c> is a hard bounce, <c>blocked</c> a temporary one),
/// <c>dropped</c> (reason <c>Bounced Address</c> or <c>Invalid</c> means the address is dead), <c>deferred</c> and
/// <c>spamreport</c>; the rest (processed, click, ...) is ignored. <c>sg_message_id</c> is the send's
/// <c>X-Message-Id</c> followed by <c>.filter…</c>; the part before that is what the send stored. The custom arg
/// <c>reference</c> (the send intent's) comes back on every event. <c>unsubscribe</c>, <c>group_unsubscribe</c> and
/// <c>spamreport</c> are also opt-outs of the address (<see cref="OptOuts"/>).
/// </summary>
public static class SendGridEvents
{
    private static readonly string[] DeadAddressDropReasons = ["Bounced Address", "Invalid"];

    /// <summary>The events by which a recipient asks for no more e-mail.</summary>
    private static readonly string[] OptOutEvents = ["unsubscribe", "group_unsubscribe", "spamreport"];

    /// <summary>The addresses that asked for no more e-mail in this body (call after <see cref="Parse"/> accepted it).</summary>
    public static IReadOnlyList<OptOutRequest> OptOuts(string body)
    {
        using var document = JsonDocument.Parse(body);
        var found = new List<OptOutRequest>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || Text(item, "event") is not { } kind || !OptOutEvents.Contains(kind) || Text(item, "email") is not { } email)
            {
                continue;
            }

            var at = item.TryGetProperty("timestamp", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : (DateTimeOffset?)null;
            found.Add(new OptOutRequest(Debtors.ContactChannels.Email, email.Trim(), $"sendgrid-{kind}", at));
        }

        return found;
    }

    public static (IReadOnlyList<DeliveryReport> Reports, int Ignored) Parse(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new DomainValidationException("request.malformed-json", "body", "The body is not well-formed JSON; SendGrid sends an array of events.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new DomainValidationException("request.invalid-value", "body", "SendGrid's event webhook sends a JSON array of events.");
            }

            var reports = new List<DeliveryReport>();
            var ignored = 0;
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (Read(item, index++) is { } report) reports.Add(report);
                else ignored++;
            }

            return (reports, ignored);
        }
    }

    private static DeliveryReport? Read(JsonElement item, int index)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new DomainValidationException("request.invalid-value", $"[{index}]", "Each event must be a JSON object.");
        var kind = Text(item, "event");
        var reason = Text(item, "reason") ?? Text(item, "response");
        (string Status, bool Permanent)? mapped = kind switch
        {
            "delivered" => (DeliveryStatuses.Delivered, false),
            "open" => (DeliveryStatuses.Opened, false),
            "deferred" => (DeliveryStatuses.Deferred, false),
            "bounce" when Text(item, "type") == "blocked" => (DeliveryStatuses.Deferred, false),
            "bounce" => (DeliveryStatuses.Bounced, true),
            "dropped" => (DeliveryStatuses.Dropped, DeadAddressDropReasons.Any(r => string.Equals(r, reason?.Trim(), StringComparison.OrdinalIgnoreCase))),
            "spamreport" => (DeliveryStatuses.SpamReport, false),
            _ => null,
        };
        var messageId = Text(item, "sg_message_id");
        if (mapped is null || messageId is null) return null;

        var at = item.TryGetProperty("timestamp", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new DomainValidationException("request.invalid-value", $"[{index}].timestamp", "Each event needs its Unix 'timestamp'.");
        var email = Text(item, "email");
        var eventId = Text(item, "sg_event_id") ?? $"{messageId}:{kind}:{seconds}:{email}";
        var filter = messageId.IndexOf(".filter", StringComparison.OrdinalIgnoreCase);
        return new DeliveryReport(OutreachProviders.SendGrid, eventId, filter > 0 ? messageId[..filter] : messageId, mapped.Value.Status, email,
            mapped.Value.Permanent, reason, at, Text(item, "reference"));
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
