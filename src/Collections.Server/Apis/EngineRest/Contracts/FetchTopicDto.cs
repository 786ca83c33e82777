namespace Collections.Server.Apis.EngineRest.Contracts;

/// <summary>One topic of a fetch: lock duration in milliseconds, the variables to return (null: all) and filters.</summary>
public sealed record FetchTopicDto(
    string? TopicName,
    long LockDuration,
    IReadOnlyList<string>? Variables,
    bool? LocalVariables,
    string? BusinessKey,
    string? ProcessDefinitionKey);
