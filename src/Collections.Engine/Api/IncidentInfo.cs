namespace Collections.Engine.Api;

/// <summary>Something that stopped a token: a failed expression, script, job or external task.</summary>
public sealed record IncidentInfo(
    Guid Id,
    string Type,
    Guid ProcessInstanceId,
    Guid RootInstanceId,
    string ActivityId,
    string? ActivityInstanceId,
    string Message,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt);
