namespace Collections.Engine.Api;

/// <summary>A token (or scope) of an instance that migration moves from a source activity to a target activity.</summary>
public sealed record ActivityMove(string SourceActivityId, string? SourceName, string TargetActivityId, string? TargetName);
