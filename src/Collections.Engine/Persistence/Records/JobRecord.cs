namespace Collections.Engine.Persistence.Records;

/// <summary>
/// A job: a timer, an async continuation or a timer start, written in the same transaction as the state that made
/// it (DESIGN.md D4). Lock owner + lock expiry + version are Camunda's job-executor model.
/// </summary>
internal sealed class JobRecord
{
    public Guid Id { get; set; }

    /// <summary>Persisted type string, see <see cref="Jobs.JobTypes"/>.</summary>
    public required string Type { get; set; }
    public Guid? ProcessInstanceId { get; set; }
    public Guid? RootInstanceId { get; set; }
    public Guid? DefinitionId { get; set; }

    /// <summary>The element the job acts for (timer event, async activity).</summary>
    public required string ActivityId { get; set; }

    /// <summary>The activity instance that owns the job (the timer's own, the attached activity's, or the scope's).</summary>
    public string? ActivityInstanceId { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public int Priority { get; set; }
    public bool Exclusive { get; set; } = true;
    public int Retries { get; set; }
    public string? LockOwner { get; set; }
    public DateTimeOffset? LockExpiresAt { get; set; }
    public string? ExceptionMessage { get; set; }

    /// <summary>Handler-specific data, e.g. a timer cycle and the repetitions left.</summary>
    public string? Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}
