using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Collections.Engine.Variables;

/// <summary>
/// A typed process variable value. Money is <see cref="decimal"/>, never double: JSON numbers with a fraction
/// become <see cref="VariableType.Decimal"/>, whole numbers <see cref="VariableType.Integer"/>.
/// </summary>
public sealed record VariableValue
{
    private VariableValue(VariableType type, object? value)
    {
        Type = type;
        Value = value;
    }

    public static VariableValue Null { get; } = new(VariableType.Null, null);

    public static VariableValue True { get; } = new(VariableType.Boolean, true);

    public static VariableValue False { get; } = new(VariableType.Boolean, false);

    public VariableType Type { get; }

    /// <summary>string, bool, long, decimal, DateTimeOffset (UTC), JsonNode, or null.</summary>
    public object? Value { get; }

    public static VariableValue String(string value) => new(VariableType.String, value);

    public static VariableValue Boolean(bool value) => value ? True : False;

    public static VariableValue Integer(long value) => new(VariableType.Integer, value);

    public static VariableValue Decimal(decimal value) => new(VariableType.Decimal, value);

    public static VariableValue DateTime(DateTimeOffset value) => new(VariableType.DateTime, value.ToUniversalTime());

    /// <summary>A JSON object or array; scalars are unwrapped to their own types.</summary>
    public static VariableValue Json(JsonNode? value) => value switch
    {
        null => Null,
        JsonValue scalar => FromJsonElement(scalar.GetValue<JsonElement>()),
        _ => new(VariableType.Json, value),
    };

    /// <summary>Converts a CLR value from an API caller. Doubles are converted to decimal.</summary>
    public static VariableValue From(object? value) => value switch
    {
        null => Null,
        VariableValue v => v,
        string s => String(s),
        bool b => Boolean(b),
        int i => Integer(i),
        long l => Integer(l),
        short s => Integer(s),
        byte b => Integer(b),
        decimal d => Decimal(d),
        double d => FromDouble(d),
        float f => FromDouble(f),
        DateTimeOffset dto => DateTime(dto),
        System.DateTime dt => DateTime(new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? System.DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt)),
        JsonElement e => FromJsonElement(e),
        JsonNode n => Json(n),
        _ => Json(JsonSerializer.SerializeToNode(value)),
    };

    /// <summary>Converts a JSON value as sent over REST: whole numbers to integer, fractions to decimal.</summary>
    public static VariableValue FromJsonElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => Null,
        JsonValueKind.True => True,
        JsonValueKind.False => False,
        JsonValueKind.String => String(element.GetString()!),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? Integer(l) : Decimal(element.GetDecimal()),
        _ => new(VariableType.Json, JsonNode.Parse(element.GetRawText())),
    };

    private static VariableValue FromDouble(double d) =>
        Math.Abs(d) < 9.2e18 && d == Math.Floor(d) ? Integer((long)d) : Decimal((decimal)d);

    /// <summary>The value as a plain CLR object (JSON as <see cref="JsonNode"/>).</summary>
    public object? ToClr() => Value;

    public bool IsTruthy => Type switch
    {
        VariableType.Null => false,
        VariableType.Boolean => (bool)Value!,
        VariableType.String => ((string)Value!).Length > 0,
        _ => true,
    };

    /// <summary>Text form for messages, assignees, topics and the like.</summary>
    public string? AsString() => Value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        JsonNode n => n.ToJsonString(),
        _ => Value.ToString(),
    };

    public bool Equals(VariableValue? other) =>
        other is not null && Type == other.Type && (Type == VariableType.Json
            ? JsonNode.DeepEquals((JsonNode?)Value, (JsonNode?)other.Value)
            : Equals(Value, other.Value));

    public override int GetHashCode() => HashCode.Combine(Type, Type == VariableType.Json ? 0 : Value?.GetHashCode() ?? 0);

    public override string ToString() => $"{VariableTypeNames.Of(Type)}:{AsString()}";
}
