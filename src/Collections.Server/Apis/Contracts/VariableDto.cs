using Collections.Engine.Variables;

namespace Collections.Server.Apis.Contracts;

/// <summary>A typed variable as the API shows it: <c>{"type": "decimal", "value": 1200.50}</c>.</summary>
public sealed record VariableDto(string Type, object? Value)
{
    public static VariableDto From(VariableValue value) => new(VariableTypeNames.Of(value.Type), value.ToClr());
}
