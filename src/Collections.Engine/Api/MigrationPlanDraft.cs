namespace Collections.Engine.Api;

/// <summary>
/// The generated plan (same id and same kind) with everything a person needs to finish it by hand: both sides'
/// activities, the source activities left unmapped, and the plan's problems (empty when it can run).
/// </summary>
public sealed record MigrationPlanDraft(
    MigrationPlan Plan,
    ProcessDefinitionInfo Source,
    ProcessDefinitionInfo Target,
    IReadOnlyList<MigrationActivity> SourceActivities,
    IReadOnlyList<MigrationActivity> TargetActivities,
    IReadOnlyList<string> UnmappedSourceActivityIds,
    IReadOnlyList<MigrationProblem> Problems);
