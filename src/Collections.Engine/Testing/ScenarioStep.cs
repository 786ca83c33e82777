using System.Text.Json;

namespace Collections.Engine.Testing;

/// <summary>
/// One step: exactly one of the kind properties is set. Kinds that act on a task or message take either a string
/// (<c>{"completeUserTask": "review", "variables": {...}}</c>) or an object of <see cref="ScenarioStepArguments"/>
/// (<c>{"completeUserTask": {"taskDefinitionKey": "review", "variables": {...}}}</c>).
/// </summary>
public sealed record ScenarioStep
{
    public IReadOnlyList<string>? ExpectWaiting { get; init; }

    public IReadOnlyList<ExpectedUserTask>? ExpectUserTasks { get; init; }

    public JsonElement? CompleteUserTask { get; init; }

    public JsonElement? ClaimUserTask { get; init; }

    /// <summary>ISO 8601 duration, e.g. <c>P7D</c>.</summary>
    public string? AdvanceTime { get; init; }

    public JsonElement? CorrelateMessage { get; init; }

    public IReadOnlyList<string>? ExpectExternalTasks { get; init; }

    public JsonElement? CompleteExternalTask { get; init; }

    public JsonElement? FailExternalTask { get; init; }

    public JsonElement? FailExternalTaskWithBpmnError { get; init; }

    public ExpectedJobs? ExpectJobs { get; init; }

    public int? ExpectIncidents { get; init; }

    public IReadOnlyDictionary<string, JsonElement>? ExpectVariables { get; init; }

    public bool? ExpectEnded { get; init; }

    public IReadOnlyList<string>? ExpectHistoryActivities { get; init; }

    // Arguments written beside the kind property.

    public string? TaskDefinitionKey { get; init; }

    public string? Topic { get; init; }

    public string? User { get; init; }

    public string? BusinessKey { get; init; }

    public IReadOnlyDictionary<string, JsonElement>? CorrelationKeys { get; init; }

    public IReadOnlyDictionary<string, JsonElement>? Variables { get; init; }

    public int? Retries { get; init; }

    public string? RetryTimeout { get; init; }

    public string? ErrorMessage { get; init; }

    public string? ErrorCode { get; init; }
}
