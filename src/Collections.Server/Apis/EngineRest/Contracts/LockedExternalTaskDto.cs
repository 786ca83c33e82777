namespace Collections.Server.Apis.EngineRest.Contracts;

/// <summary>A locked external task as Camunda's fetchAndLock returns it.</summary>
public sealed record LockedExternalTaskDto(
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
    string? ProcessDefinitionVersionTag,
    string? BusinessKey,
    int? Retries,
    string? ErrorMessage,
    string? ErrorDetails,
    bool Suspended,
    long Priority,
    string? TenantId,
    IReadOnlyDictionary<string, CamundaVariableDto> Variables,
    IReadOnlyDictionary<string, string> ExtensionProperties);
