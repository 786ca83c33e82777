namespace Collections.Engine.Persistence.Records;

/// <summary>Something that stopped a token, kept after resolution as history (<see cref="ResolvedAt"/>).</summary>
internal sealed class IncidentRecord
{
    public Guid Id { get; set; }

    /// <summary>Persisted type string, see <see cref="Runtime.IncidentTypes"/>.</summary>
    public required string Type { get; set; }
    public Guid ProcessInstanceId { get; set; }
    public Guid RootInstanceId { get; set; }
    public required string ActivityId { get; set; }
    public string? ActivityInstanceId { get; set; }
    public Guid? JobId { get; set; }
    public Guid? ExternalTaskId { get; set; }
    public required string Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
