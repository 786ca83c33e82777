namespace Collections.Engine.Persistence.Records;

/// <summary>An ended activity instance (append-only, written once when it ends).</summary>
internal sealed class HistoricActivityRecord
{
    public Guid ProcessInstanceId { get; set; }
    public required string ActivityInstanceId { get; set; }
    public required string ActivityId { get; set; }
    public string? ActivityName { get; set; }
    public required string ActivityType { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset EndedAt { get; set; }
    public bool Canceled { get; set; }
    public string? Assignee { get; set; }
    public Guid? TaskId { get; set; }
}
