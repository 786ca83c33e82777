namespace Collections.Engine.Runtime.Migration;

/// <summary>Persisted states of a batch item (STYLE.md 12: string constants).</summary>
internal static class MigrationItemStatuses
{
    /// <summary>Waiting for the seed job to give it a migration job.</summary>
    public const string Pending = "pending";

    /// <summary>Its migration job exists and has not finished.</summary>
    public const string Scheduled = "scheduled";

    public const string Migrated = "migrated";

    public const string Failed = "failed";
}
