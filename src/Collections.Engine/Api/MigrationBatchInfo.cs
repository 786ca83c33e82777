namespace Collections.Engine.Api;

/// <summary>
/// A migration batch and its progress. <paramref name="Pending"/> instances are still to be migrated by jobs;
/// <paramref name="Completed"/> once none are. <paramref name="Failures"/> lists up to 100 failed instances.
/// </summary>
public sealed record MigrationBatchInfo(
    Guid Id,
    string DefinitionKey,
    Guid SourceDefinitionId,
    int SourceVersion,
    Guid TargetDefinitionId,
    int TargetVersion,
    int Total,
    int Migrated,
    int Failed,
    int Pending,
    bool Completed,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    string? CreatedBy,
    IReadOnlyList<MigrationFailure> Failures);
