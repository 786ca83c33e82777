namespace Collections.Server.Apis.Staff.ProcessStates;

/// <summary>
/// A process instance beside its case: both states, and what the process still waits for (why it runs on a closed
/// case). <see cref="ProcessNames"/> and <see cref="ActivityNames"/> give the process's and its activities' names per
/// language (<c>es</c>, <c>en</c>), so the Processes pages never show an id.
/// </summary>
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
    IReadOnlyList<ProcessWaitDto> Waits,
    IReadOnlyDictionary<string, string>? ProcessNames = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? ActivityNames = null);
