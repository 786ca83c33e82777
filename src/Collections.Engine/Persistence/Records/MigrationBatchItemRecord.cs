namespace Collections.Engine.Persistence.Records;

/// <summary>One instance of a migration batch and what became of it (<see cref="Runtime.Migration.MigrationItemStatuses"/>).</summary>
internal sealed class MigrationBatchItemRecord
{
    public Guid BatchId { get; set; }
    public Guid ProcessInstanceId { get; set; }
    public string? BusinessKey { get; set; }
    public required string Status { get; set; }

    /// <summary>Why the instance could not be migrated.</summary>
    public string? Message { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
