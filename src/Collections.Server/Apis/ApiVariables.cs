using System.Text.Json;
using Collections.Engine.Variables;
using Collections.Server.Apis.Contracts;

namespace Collections.Server.Apis;

/// <summary>Converts variables between JSON request bodies and the engine's typed values.</summary>
internal static class ApiVariables
{
    public static Dictionary<string, object?>? ToEngine(IReadOnlyDictionary<string, JsonElement>? variables) =>
        variables?.ToDictionary(p => p.Key, p => (object?)VariableValue.FromJsonElement(p.Value), StringComparer.Ordinal);

    public static Dictionary<string, VariableDto> FromEngine(IReadOnlyDictionary<string, VariableValue> variables) =>
        variables.ToDictionary(p => p.Key, p => VariableDto.From(p.Value), StringComparer.Ordinal);

    /// <summary>Page size bounds shared by the list endpoints.</summary>
    public static int Take(int? take) => Math.Clamp(take ?? 100, 1, 1000);

    public static int Skip(int? skip) => Math.Max(skip ?? 0, 0);
}
