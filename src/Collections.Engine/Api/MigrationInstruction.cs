namespace Collections.Engine.Api;

/// <summary>
/// Moves tokens of <paramref name="SourceActivityId"/> (in the source definition) to <paramref name="TargetActivityId"/>
/// (in the target). For a timer (boundary, catch event, event sub-process start) the waiting timer keeps its due date
/// unless <paramref name="UpdateEventTrigger"/> asks for it to be computed again from the target's definition.
/// </summary>
public sealed record MigrationInstruction(string SourceActivityId, string TargetActivityId, bool UpdateEventTrigger = false);
