namespace Collections.Engine.Variables;

/// <summary>Stable persisted names of <see cref="VariableType"/>.</summary>
public static class VariableTypeNames
{
    public const string Null = "null";
    public const string String = "string";
    public const string Boolean = "boolean";
    public const string Integer = "integer";
    public const string Decimal = "decimal";
    public const string DateTime = "datetime";
    public const string Json = "json";

    public static string Of(VariableType type) => type switch
    {
        VariableType.Null => Null,
        VariableType.String => String,
        VariableType.Boolean => Boolean,
        VariableType.Integer => Integer,
        VariableType.Decimal => Decimal,
        VariableType.DateTime => DateTime,
        VariableType.Json => Json,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static VariableType Parse(string name) => name switch
    {
        Null => VariableType.Null,
        String => VariableType.String,
        Boolean => VariableType.Boolean,
        Integer => VariableType.Integer,
        Decimal => VariableType.Decimal,
        DateTime => VariableType.DateTime,
        Json => VariableType.Json,
        _ => throw new FormatException($"Unknown variable type '{name}'."),
    };
}
