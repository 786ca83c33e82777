namespace Collections.Engine.Api;

/// <summary>
/// A dry run of a plan over a set of instances; nothing is changed. <paramref name="Instances"/> lists at most
/// <paramref name="Listed"/> of them (the counts cover all); plan problems make every instance unmigratable.
/// </summary>
public sealed record MigrationPreview(
    MigrationPlan Plan,
    IReadOnlyList<MigrationProblem> PlanProblems,
    int Total,
    int Migratable,
    int NotMigratable,
    int Listed,
    IReadOnlyList<InstanceMigrationPreview> Instances);
