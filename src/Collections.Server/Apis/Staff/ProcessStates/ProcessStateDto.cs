namespace Collections.Server.Apis.Staff.ProcessStates;

/// <summary>A process instance beside its case: both states, and what the process still waits for (why it runs on a closed case).</summary>
public sealed record ProcessStateDto(
    Guid InstanceId,
    string? BusinessKey,
    string DefinitionKey,
    int DefinitionVersion,
    string Status,
    DateTimeOffset StartedAt,
    Guid? CaseId,
    string? CaseStatus,
    string? CaseOutcome,
    DateTimeOffset? CaseClosedAt,
    IReadOnlyList<ProcessWaitDto> Waits);
