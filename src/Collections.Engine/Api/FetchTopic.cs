namespace Collections.Engine.Api;

/// <summary>One topic of a fetch: lock duration, variables to return (null: all), optional filters.</summary>
public sealed record FetchTopic(
    string TopicName,
    TimeSpan LockDuration,
    IReadOnlyList<string>? Variables = null,
    string? BusinessKey = null,
    string? ProcessDefinitionKey = null,
    bool LocalVariables = false);
