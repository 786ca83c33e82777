namespace Collections.Engine.Api;

/// <summary>
/// An element that can hold a token or an event in a migration: its id, name, kind (instructions only join elements of
/// the same kind, e.g. <c>userTask</c>, <c>timerCatchEvent</c>) and the sub-process it sits in (null at the top level).
/// </summary>
public sealed record MigrationActivity(string Id, string? Name, string Kind, string? ScopeId);
