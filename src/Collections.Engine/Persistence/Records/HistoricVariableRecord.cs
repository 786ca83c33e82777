namespace Collections.Engine.Persistence.Records;

/// <summary>A variable change (append-only); <see cref="Sequence"/> orders changes within an instance.</summary>
internal sealed class HistoricVariableRecord
{
    public Guid ProcessInstanceId { get; set; }
    public int Sequence { get; set; }
    public required string Name { get; set; }

    /// <summary>The value in its stored form (<see cref="Variables.VariableJson"/>).</summary>
    public required string Value { get; set; }
    public string? ActivityInstanceId { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
