using System.Text.Json.Nodes;
using Collections.Engine.Api;

namespace Collections.Domain.Outreach.Workers;

/// <summary>Reads a fetched task's variables as plain CLR values.</summary>
internal static class TaskVariables
{
    public static Dictionary<string, object?> ToClr(LockedExternalTask task) =>
        task.Variables.ToDictionary(v => v.Key, v => v.Value.ToClr(), StringComparer.Ordinal);

    public static string? Text(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.TryGetValue(name, out var value) && value is not null ? value as string ?? value.ToString() : null;

    public static bool Flag(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.TryGetValue(name, out var value) && value is true or "true";

    /// <summary>A list kept either as a JSON array or as comma-separated text.</summary>
    public static IReadOnlyList<string> List(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.TryGetValue(name, out var value) ? value switch
        {
            JsonArray array => array.Select(n => n?.ToString()).OfType<string>().Where(s => s.Length > 0).ToList(),
            string text => text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            _ => [],
        } : [];
}
