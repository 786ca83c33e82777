namespace Collections.Engine.Api;

/// <summary>A user task in the inbox.</summary>
public sealed record UserTaskInfo(
    Guid Id,
    Guid ProcessInstanceId,
    Guid RootInstanceId,
    string ActivityInstanceId,
    string TaskDefinitionKey,
    string? Name,
    string DefinitionKey,
    string? BusinessKey,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueDate,
    DateTimeOffset? FollowUpDate,
    int Priority,
    IReadOnlyList<Model.FormField> FormFields,
    string? Documentation);
