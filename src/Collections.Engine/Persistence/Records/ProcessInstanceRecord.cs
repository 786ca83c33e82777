namespace Collections.Engine.Persistence.Records;

/// <summary>
/// One process instance: its runtime state is the compact JSON <see cref="Document"/> (DESIGN.md D12), guarded by
/// <see cref="Version"/> for optimistic concurrency. The other columns exist only to be queried.
/// </summary>
internal sealed class ProcessInstanceRecord
{
    public Guid Id { get; set; }
    public Guid DefinitionId { get; set; }
    public required string DefinitionKey { get; set; }
    public int DefinitionVersion { get; set; }
    public string? BusinessKey { get; set; }
    public Guid? ParentInstanceId { get; set; }
    public Guid RootInstanceId { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public required string Document { get; set; }
    public int Version { get; set; }
}
