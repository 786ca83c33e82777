using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Collections.Engine.Errors;
using Collections.Engine.Variables;
using Collections.Server.Apis.EngineRest.Contracts;

namespace Collections.Server.Apis.EngineRest;

/// <summary>
/// Camunda 7's typed variable JSON (<c>{"amount": {"value": 12.5, "type": "Double"}}</c>) to and from the engine's
/// values. Money stays decimal: a Camunda Double comes in as decimal and every decimal goes out as Double, since Camunda
/// clients know no decimal type. Bytes and File are refused with the variable's name.
/// </summary>
internal static class CamundaVariables
{
    /// <summary>Camunda's REST date format, <c>yyyy-MM-dd'T'HH:mm:ss.SSSZ</c> (offset without a colon).</summary>
    public const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public static string FormatDate(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";

    public static DateTimeOffset ParseDate(string text, string name)
    {
        // Camunda sends +0000; ISO 8601 (+00:00, Z) is accepted too.
        var normalized = text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && char.IsDigit(text[^1]) && text[^3] != ':'
            ? text[..^2] + ":" + text[^2..] : text;
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToUniversalTime()
            : throw Invalid(name, $"'{text}' is not a date in Camunda's format yyyy-MM-dd'T'HH:mm:ss.SSSZ.");
    }

    public static Dictionary<string, object?>? ToEngine(IReadOnlyDictionary<string, CamundaVariableDto>? variables) =>
        variables?.ToDictionary(p => p.Key, p => (object?)ToEngine(p.Key, p.Value), StringComparer.Ordinal);

    public static Dictionary<string, CamundaVariableDto> FromEngine(IReadOnlyDictionary<string, VariableValue> variables) =>
        variables.ToDictionary(p => p.Key, p => FromEngine(p.Value), StringComparer.Ordinal);

    public static CamundaVariableDto FromEngine(VariableValue value) => value.Type switch
    {
        VariableType.Null => new(null, "Null", Empty()),
        VariableType.String => new(JsonValue.Create((string)value.Value!), "String", Empty()),
        VariableType.Boolean => new(JsonValue.Create((bool)value.Value!), "Boolean", Empty()),
        VariableType.Integer => (long)value.Value! is >= int.MinValue and <= int.MaxValue
            ? new(JsonValue.Create((int)(long)value.Value!), "Integer", Empty())
            : new(JsonValue.Create((long)value.Value!), "Long", Empty()),
        VariableType.Decimal => new(JsonValue.Create((double)(decimal)value.Value!), "Double", Empty()),
        VariableType.DateTime => new(JsonValue.Create(FormatDate((DateTimeOffset)value.Value!)), "Date", Empty()),
        VariableType.Json => new(JsonValue.Create(((JsonNode)value.Value!).ToJsonString()), "Json", Empty()),
        _ => new(JsonValue.Create(value.Value?.ToString()), "String", Empty()),
    };

    private static JsonObject Empty() => [];

    private static VariableValue ToEngine(string name, CamundaVariableDto variable)
    {
        var value = variable.Value;
        var type = variable.Type?.Trim().ToLowerInvariant();
        if (value is null || type == "null") return VariableValue.Null;
        return type switch
        {
            null or "" => VariableValue.FromJsonElement(JsonSerializer.SerializeToElement(value)),
            "string" => VariableValue.String(Scalar(name, value, JsonValueKind.String).GetString()!),
            "boolean" => VariableValue.Boolean(Scalar(name, value, JsonValueKind.True, JsonValueKind.False).GetBoolean()),
            "integer" or "long" or "short" => VariableValue.Integer(Whole(name, value, type)),
            "double" => VariableValue.Decimal(Scalar(name, value, JsonValueKind.Number).GetDecimal()),
            "date" => VariableValue.DateTime(ParseDate(Scalar(name, value, JsonValueKind.String).GetString()!, name)),
            "json" => VariableValue.Json(value is JsonValue text && text.TryGetValue<string>(out var s) ? ParseJson(name, s) : value.DeepClone()),
            "object" => FromObject(name, variable),
            _ => throw Invalid(name, $"type '{variable.Type}' is not supported (String, Boolean, Integer, Long, Short, Double, Date, Json, Object as application/json, Null)."),
        };
    }

    private static VariableValue FromObject(string name, CamundaVariableDto variable)
    {
        var format = variable.ValueInfo?["serializationDataFormat"]?.GetValue<string>();
        if (format is not null && !format.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid(name, $"Object variables must be serialized as application/json, not '{format}'.");
        }

        return variable.Value is JsonValue text && text.TryGetValue<string>(out var s)
            ? VariableValue.Json(ParseJson(name, s))
            : VariableValue.Json(variable.Value!.DeepClone());
    }

    private static JsonNode? ParseJson(string name, string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw Invalid(name, $"its value is not JSON: {ex.Message}");
        }
    }

    private static JsonElement Scalar(string name, JsonNode value, params JsonValueKind[] kinds)
    {
        var element = JsonSerializer.SerializeToElement(value);
        if (kinds.Contains(element.ValueKind)) return element;
        // Camunda accepts numbers and booleans sent as strings ("12.5", "true").
        if (element.ValueKind == JsonValueKind.String && !kinds.Contains(JsonValueKind.String))
        {
            var text = element.GetString()!;
            if (kinds.Contains(JsonValueKind.Number) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return JsonSerializer.SerializeToElement(number);
            }

            if (kinds.Contains(JsonValueKind.True) && bool.TryParse(text, out var flag)) return JsonSerializer.SerializeToElement(flag);
        }

        throw Invalid(name, $"expected {string.Join(" or ", kinds.Select(k => k.ToString().ToLowerInvariant()))}, got {element.ValueKind.ToString().ToLowerInvariant()}.");
    }

    private static long Whole(string name, JsonNode value, string type)
    {
        var element = Scalar(name, value, JsonValueKind.Number);
        if (!element.TryGetInt64(out var whole)) throw Invalid(name, $"a {type} must be a whole number.");
        return type switch
        {
            "integer" when whole is < int.MinValue or > int.MaxValue => throw Invalid(name, "an Integer must fit in 32 bits; send it as Long."),
            "short" when whole is < short.MinValue or > short.MaxValue => throw Invalid(name, "a Short must fit in 16 bits."),
            _ => whole,
        };
    }

    private static InvalidRequestException Invalid(string name, string reason) =>
        new("variable.invalid", $"Cannot deserialize variable '{name}': {reason}", name);
}
