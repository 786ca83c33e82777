namespace Collections.Engine.Api;

/// <summary>
/// An instance as callers see it. <paramref name="WaitingActivityIds"/> lists the leaf activities that hold a token
/// now (tasks, catch events, event-based gateways, joins; not containers, not boundary events).
/// </summary>
public sealed record ProcessInstanceInfo(
    Guid Id,
    Guid DefinitionId,
    string DefinitionKey,
    int DefinitionVersion,
    string? BusinessKey,
    ProcessInstanceStatus Status,
    Guid? ParentInstanceId,
    Guid RootInstanceId,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<string> WaitingActivityIds,
    int OpenIncidents);
