namespace Collections.Engine.Api;

/// <summary>
/// Inbox filters. <paramref name="CandidateUser"/> with <paramref name="CandidateGroups"/> finds unassigned tasks
/// offered to that user directly or to one of the groups.
/// </summary>
public sealed record UserTaskQuery(
    Guid? ProcessInstanceId = null,
    Guid? RootInstanceId = null,
    string? Assignee = null,
    string? CandidateUser = null,
    IReadOnlyList<string>? CandidateGroups = null,
    string? TaskDefinitionKey = null,
    string? BusinessKey = null,
    int Skip = 0,
    int Take = 100);
