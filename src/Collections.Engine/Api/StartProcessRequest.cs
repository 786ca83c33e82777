namespace Collections.Engine.Api;

/// <summary>Start a process by key; <paramref name="Version"/> pins a version, null means the latest.</summary>
public sealed record StartProcessRequest(
    string ProcessKey,
    string? BusinessKey = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    int? Version = null);
