namespace Collections.Server.Apis.EngineRest.Contracts;

/// <summary>An external task as Camunda's <c>GET /external-task</c> lists it.</summary>
public sealed record ExternalTaskDto(
    string Id,
    string TopicName,
    string? WorkerId,
    string? LockExpirationTime,
    string ActivityId,
    string ActivityInstanceId,
    string ExecutionId,
    string ProcessInstanceId,
    string ProcessDefinitionId,
    string ProcessDefinitionKey,
    string? BusinessKey,
    int? Retries,
    string? ErrorMessage,
    bool Suspended,
    long Priority,
    string? TenantId);
