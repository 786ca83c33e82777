namespace Collections.Engine.Persistence.Records;

/// <summary>
/// A durable instance-migration batch: the plan as JSON and how many instances it covers. Progress is read
/// from its items, so migrating one instance never contends on this row.
/// </summary>
internal sealed class MigrationBatchRecord
{
    public Guid Id { get; set; }
    public Guid SourceDefinitionId { get; set; }
    public Guid TargetDefinitionId { get; set; }
    public required string DefinitionKey { get; set; }
    public int SourceVersion { get; set; }
    public int TargetVersion { get; set; }

    /// <summary>The <see cref="Api.MigrationPlan"/> as JSON, read by every instance-migration job of the batch.</summary>
    public required string Plan { get; set; }
    public int Total { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
