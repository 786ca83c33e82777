namespace Collections.Engine.Api;

/// <summary>
/// How instances of one definition move to another: one instruction per source activity that may hold a token or an
/// event. <paramref name="UpdateEventTriggers"/> recomputes every mapped timer (as if each instruction asked for it).
/// </summary>
public sealed record MigrationPlan(
    Guid SourceDefinitionId,
    Guid TargetDefinitionId,
    IReadOnlyList<MigrationInstruction> Instructions,
    bool UpdateEventTriggers = false);
