using System.Text.Json.Serialization;
using Collections.Engine.Variables;

namespace Collections.Engine.Runtime.State;

/// <summary>
/// One token at one element (or one scope: the process, a sub-process). Short JSON names keep a waiting instance's
/// document small (DESIGN.md D12 targets under 4 KB).
/// </summary>
internal sealed class ActivityInstanceState
{
    [JsonPropertyName("i")] public required string Id { get; set; }
    [JsonPropertyName("a")] public required string ActivityId { get; set; }

    /// <summary>The enclosing scope's activity instance id; null only for the process scope.</summary>
    [JsonPropertyName("p")] public string? ParentId { get; set; }

    [JsonPropertyName("ph")] public ActivityPhase Phase { get; set; }

    [JsonPropertyName("s")] public DateTimeOffset StartedAt { get; set; }

    [JsonPropertyName("v")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, VariableValue>? Variables { get; set; }

    [JsonPropertyName("r")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public SideRows Side { get; set; }

    /// <summary>The flow that brought the token to a joining gateway.</summary>
    [JsonPropertyName("f")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IncomingFlowId { get; set; }

    /// <summary>A call activity's child instance.</summary>
    [JsonPropertyName("c")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? CalledInstanceId { get; set; }

    /// <summary>A user task's or external task's row id.</summary>
    [JsonPropertyName("t")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? TaskId { get; set; }

    /// <summary>Who completed a user task, for history.</summary>
    [JsonPropertyName("u")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Assignee { get; set; }

    /// <summary>For a failed token: which step to run again when the incident is retried.</summary>
    [JsonPropertyName("fo")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FailedOperation { get; set; }
}
