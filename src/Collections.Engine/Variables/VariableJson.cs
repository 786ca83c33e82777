using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Collections.Engine.Variables;

/// <summary>
/// The persisted form of a variable: <c>{"t":"decimal","v":1200.00}</c>. Decimals keep their scale, date-times are
/// ISO 8601 UTC strings, JSON objects are stored as they are.
/// </summary>
public static class VariableJson
{
    public static void Write(Utf8JsonWriter writer, VariableValue value)
    {
        writer.WriteStartObject();
        writer.WriteString("t", VariableTypeNames.Of(value.Type));
        writer.WritePropertyName("v");
        switch (value.Value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal d: writer.WriteNumberValue(d); break;
            case DateTimeOffset dto: writer.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture)); break;
            case JsonNode n: n.WriteTo(writer); break;
            default: throw new InvalidOperationException($"Unsupported variable value {value.Value.GetType().Name}.");
        }

        writer.WriteEndObject();
    }

    public static VariableValue Read(JsonElement element)
    {
        var type = VariableTypeNames.Parse(element.GetProperty("t").GetString()!);
        var v = element.GetProperty("v");
        return type switch
        {
            VariableType.Null => VariableValue.Null,
            VariableType.String => VariableValue.String(v.GetString()!),
            VariableType.Boolean => VariableValue.Boolean(v.GetBoolean()),
            VariableType.Integer => VariableValue.Integer(v.GetInt64()),
            VariableType.Decimal => VariableValue.Decimal(v.GetDecimal()),
            VariableType.DateTime => VariableValue.DateTime(DateTimeOffset.Parse(v.GetString()!, CultureInfo.InvariantCulture)),
            _ => VariableValue.Json(JsonNode.Parse(v.GetRawText())),
        };
    }

    /// <summary>Serializes a variable to its stored text (history rows).</summary>
    public static string ToText(VariableValue value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) Write(writer, value);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static VariableValue FromText(string text)
    {
        using var doc = JsonDocument.Parse(text);
        return Read(doc.RootElement);
    }
}
