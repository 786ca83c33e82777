using System.Text.Json;

namespace Collections.Engine.Testing;

/// <summary>The object form of a step's arguments; which fields apply depends on the step kind.</summary>
public sealed record ScenarioStepArguments
{
    public string? TaskDefinitionKey { get; init; }

    public string? Topic { get; init; }

    /// <summary>The message name of <c>correlateMessage</c>.</summary>
    public string? Name { get; init; }

    public string? User { get; init; }

    public string? BusinessKey { get; init; }

    public IReadOnlyDictionary<string, JsonElement>? CorrelationKeys { get; init; }

    public IReadOnlyDictionary<string, JsonElement>? Variables { get; init; }

    public int? Retries { get; init; }

    /// <summary>ISO 8601 duration before a failed external task can be fetched again; default none.</summary>
    public string? RetryTimeout { get; init; }

    public string? ErrorMessage { get; init; }

    public string? ErrorCode { get; init; }
}
