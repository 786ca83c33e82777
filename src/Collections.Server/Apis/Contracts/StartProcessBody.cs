using System.Text.Json;

namespace Collections.Server.Apis.Contracts;

/// <summary>Starts the latest (or a pinned <paramref name="Version"/>) of <paramref name="ProcessKey"/>.</summary>
public sealed record StartProcessBody(
    string ProcessKey,
    string? BusinessKey = null,
    IReadOnlyDictionary<string, JsonElement>? Variables = null,
    int? Version = null);
