namespace Collections.Engine.Api;

/// <summary>
/// Moves running instances to another definition version: generate and check a plan, preview it over
/// instances without changing anything, then migrate them as one durable batch run by the job executor (each instance in
/// its own unit of work, so one that cannot move is recorded as failed and the others go on).
/// </summary>
public interface IProcessMigration
{
    /// <summary>Every version of a process key, newest first, with its running-instance count.</summary>
    Task<IReadOnlyList<ProcessVersionInfo>> ListVersionsAsync(string processKey, CancellationToken cancellationToken);

    /// <summary>
    /// Instructions for every element with the same id and the same kind in both versions, with the
    /// <paramref name="manualInstructions"/> laid over them (a manual instruction replaces the generated one of its
    /// source activity), what is left unmapped, and the plan's problems.
    /// </summary>
    Task<MigrationPlanDraft> GeneratePlanAsync(Guid sourceDefinitionId, Guid targetDefinitionId,
        IReadOnlyList<MigrationInstruction>? manualInstructions, CancellationToken cancellationToken);

    /// <summary>Where each instance would move, or why it cannot; lists at most <paramref name="maxListed"/> instances.</summary>
    Task<MigrationPreview> PreviewAsync(MigrationRequest request, int maxListed, CancellationToken cancellationToken);

    /// <summary>Checks the plan and starts the batch; refuses a plan with problems or an empty set of instances.</summary>
    Task<MigrationBatchInfo> StartBatchAsync(MigrationRequest request, string? startedBy, CancellationToken cancellationToken);

    Task<MigrationBatchInfo?> GetBatchAsync(Guid batchId, CancellationToken cancellationToken);

    /// <summary>The most recent batches, newest first, optionally of one process key.</summary>
    Task<IReadOnlyList<MigrationBatchInfo>> ListBatchesAsync(string? processKey, int take, CancellationToken cancellationToken);

    /// <summary>The migrations one instance went through, oldest first.</summary>
    Task<IReadOnlyList<HistoricMigrationInfo>> ListMigrationHistoryAsync(Guid processInstanceId, CancellationToken cancellationToken);
}
