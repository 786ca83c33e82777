namespace Collections.Server.Apis.Staff;

/// <summary>
/// A migration request: source and target versions (definition ids), manual instructions laid over the generated ones,
/// whether mapped timers are computed again, and the instances (null: every running instance of the source).
/// </summary>
public sealed record MigrationBody(
    Guid? SourceDefinitionId,
    Guid? TargetDefinitionId,
    IReadOnlyList<MigrationInstructionBody?>? ManualInstructions,
    bool? UpdateEventTriggers,
    IReadOnlyList<Guid>? ProcessInstanceIds);

/// <summary>One manual instruction: the source activity's id and the target activity's id.</summary>
public sealed record MigrationInstructionBody(string? SourceActivityId, string? TargetActivityId, bool? UpdateEventTrigger);
