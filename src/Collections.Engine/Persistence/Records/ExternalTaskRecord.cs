namespace Collections.Engine.Persistence.Records;

/// <summary>An external task waiting for (or locked by) a worker; Camunda's lock model: worker id + lock expiry.</summary>
internal sealed class ExternalTaskRecord
{
    public Guid Id { get; set; }
    public required string Topic { get; set; }
    public Guid ProcessInstanceId { get; set; }
    public Guid RootInstanceId { get; set; }
    public required string ActivityId { get; set; }
    public required string ActivityInstanceId { get; set; }
    public Guid DefinitionId { get; set; }
    public required string DefinitionKey { get; set; }
    public string? BusinessKey { get; set; }
    public long Priority { get; set; }
    public string? WorkerId { get; set; }
    public DateTimeOffset? LockExpiresAt { get; set; }

    /// <summary>Null until a worker reports a failure; 0 means an incident is open and the task is not fetched.</summary>
    public int? Retries { get; set; }
    public string? ErrorMessage { get; set; }
    public string? ErrorDetails { get; set; }

    /// <summary>Not fetched before this moment (a failure's retry timeout).</summary>
    public DateTimeOffset AvailableAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}
