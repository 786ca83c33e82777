namespace Collections.Engine.Api;

public sealed record ExternalTaskInfo(
    Guid Id,
    string TopicName,
    Guid ProcessInstanceId,
    string ActivityId,
    string ActivityInstanceId,
    string DefinitionKey,
    Guid DefinitionId,
    string? BusinessKey,
    long Priority,
    string? WorkerId,
    DateTimeOffset? LockExpiresAt,
    int? Retries,
    string? ErrorMessage,
    string? ErrorDetails,
    DateTimeOffset CreatedAt);
