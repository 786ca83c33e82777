using System.Text.Json;
using System.Text.Json.Serialization;
using Collections.Engine.Api;

namespace Collections.Engine.Runtime.Migration;

/// <summary>The stored forms of a batch's plan and of a migration's moves.</summary>
internal static class MigrationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string WritePlan(MigrationPlan plan) => JsonSerializer.Serialize(plan, Options);

    public static MigrationPlan ReadPlan(string json) =>
        JsonSerializer.Deserialize<MigrationPlan>(json, Options) ?? throw new InvalidOperationException("Empty migration plan.");

    public static string WriteMoves(IEnumerable<ActivityMove> moves) =>
        JsonSerializer.Serialize(moves.Select(m => new StoredMove(m.SourceActivityId, m.TargetActivityId)).ToList(), Options);

    public static IReadOnlyList<ActivityMove> ReadMoves(string json, Func<string, string?> sourceName, Func<string, string?> targetName) =>
        (JsonSerializer.Deserialize<List<StoredMove>>(json, Options) ?? [])
        .Select(m => new ActivityMove(m.S, sourceName(m.S), m.T, targetName(m.T))).ToList();

    private sealed record StoredMove([property: JsonPropertyName("s")] string S, [property: JsonPropertyName("t")] string T);
}
