using System.Text.Json;
using Collections.Domain.Errors;

namespace Collections.Domain.Outreach.Delivery;

/// <summary>
/// Inbound messages the HTTP SMS gateway forwards (<c>POST /api/v1/providers/sms/inbound</c>, signed like the
/// receipts): one object or an array of <c>{"from": "+52…", "text": "…", "id": "…"}</c>. A text that is one of
/// <see cref="StopKeywords"/> (trimmed, any case, trailing punctuation ignored) is an opt-out of SMS for that number;
/// anything else is not ours to read and is counted as ignored.
/// </summary>
public static class SmsInbound
{
    /// <summary>The words carriers and regulators treat as "stop texting me", in English and Spanish.</summary>
    public static readonly IReadOnlySet<string> StopKeywords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "OPT-OUT",
        "PARAR", "ALTO", "BAJA", "CANCELAR", "DETENER", "NO MAS", "NO MÁS",
    };

    /// <summary>Texts longer than this are conversation, never a keyword; they are not even compared.</summary>
    private const int MaxKeywordLength = 20;

    public static bool IsStop(string? text)
    {
        if (text is null) return false;
        var word = text.Trim().TrimEnd('.', '!', '¡', '?', '¿').Trim();
        return word.Length is > 0 and <= MaxKeywordLength && StopKeywords.Contains(word);
    }

    /// <summary>The STOP requests in the body and how many inbound messages were something else.</summary>
    public static (IReadOnlyList<OptOutRequest> OptOuts, int Ignored) Parse(string body, DateTimeOffset now)
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
            var items = root.ValueKind switch
            {
                JsonValueKind.Object => [root],
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                _ => throw new DomainValidationException("request.invalid-value", "body", "Send an inbound message object or an array of them."),
            };
            var optOuts = new List<OptOutRequest>();
            for (var i = 0; i < items.Count; i++)
            {
                var prefix = root.ValueKind == JsonValueKind.Array ? $"[{i}]." : string.Empty;
                if (items[i].ValueKind != JsonValueKind.Object) throw new DomainValidationException("request.invalid-value", prefix.TrimEnd('.'), "Each inbound message must be a JSON object.");
                var from = Text(items[i], "from") ?? throw new DomainValidationException("field.required", prefix + "from", $"'{prefix}from' (the sender's number) is required.");
                if (IsStop(Text(items[i], "text"))) optOuts.Add(new OptOutRequest(Debtors.ContactChannels.Sms, from, "sms-stop", now));
            }

            return (optOuts, items.Count - optOuts.Count);
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text.Trim() : null;
}
