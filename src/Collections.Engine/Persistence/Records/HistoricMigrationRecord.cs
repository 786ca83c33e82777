namespace Collections.Engine.Persistence.Records;

/// <summary>An instance moved from one definition version to another (append-only).</summary>
internal sealed class HistoricMigrationRecord
{
    public Guid Id { get; set; }
    public Guid ProcessInstanceId { get; set; }
    public Guid? BatchId { get; set; }
    public Guid FromDefinitionId { get; set; }
    public int FromVersion { get; set; }
    public Guid ToDefinitionId { get; set; }
    public int ToVersion { get; set; }

    /// <summary>The moved activities as JSON: <c>[{"s":"call","t":"call"}]</c>.</summary>
    public required string Moves { get; set; }
    public DateTimeOffset MigratedAt { get; set; }
}
