namespace Collections.Engine.Api;

/// <summary>A job row: timer, async continuation, or timer start. <paramref name="Type"/> is the persisted type string.</summary>
public sealed record JobInfo(
    Guid Id,
    string Type,
    Guid? ProcessInstanceId,
    string? ActivityId,
    DateTimeOffset DueAt,
    int Retries,
    string? LockOwner,
    DateTimeOffset? LockExpiresAt,
    string? ExceptionMessage,
    int Priority);
