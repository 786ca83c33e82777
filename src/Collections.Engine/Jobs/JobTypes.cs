namespace Collections.Engine.Jobs;

/// <summary>Persisted job type strings (STYLE.md 12: never CLR names). One handler per type.</summary>
public static class JobTypes
{
    /// <summary>An intermediate, boundary or event sub-process timer of a running instance.</summary>
    public const string Timer = "timer";

    /// <summary>A timer start event of a deployed definition: starts a new instance.</summary>
    public const string TimerStart = "timer-start";

    /// <summary>An <c>asyncBefore</c>/<c>asyncAfter</c> continuation.</summary>
    public const string AsyncContinuation = "async-continuation";

    /// <summary>Seeds a migration batch: creates the next chunk of <see cref="InstanceMigration"/> jobs.</summary>
    public const string MigrationSeed = "migration-seed";

    /// <summary>Migrates one process instance of a migration batch in its own unit of work.</summary>
    public const string InstanceMigration = "instance-migration";
}
