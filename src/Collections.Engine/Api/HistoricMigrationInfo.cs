namespace Collections.Engine.Api;

/// <summary>A migration an instance went through: from which version to which, when, by which batch, and the moves.</summary>
public sealed record HistoricMigrationInfo(
    Guid ProcessInstanceId,
    Guid? BatchId,
    Guid FromDefinitionId,
    int FromVersion,
    Guid ToDefinitionId,
    int ToVersion,
    DateTimeOffset MigratedAt,
    IReadOnlyList<ActivityMove> Moves);
