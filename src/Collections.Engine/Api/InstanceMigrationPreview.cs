namespace Collections.Engine.Api;

/// <summary>What migration would do to one instance: where each waiting activity goes, or why it cannot move.</summary>
public sealed record InstanceMigrationPreview(
    Guid ProcessInstanceId,
    string? BusinessKey,
    bool CanMigrate,
    IReadOnlyList<ActivityMove> Moves,
    IReadOnlyList<MigrationProblem> Problems);
