namespace Collections.Engine.Api;

/// <summary>
/// A user task in the inbox. <see cref="Properties"/> are the task's <c>camunda:properties</c> (e.g. <c>form</c> =
/// <c>call-outcome</c>), which tell the server and the UI what kind of work it is. <see cref="Names"/> and
/// <see cref="Documentations"/> hold the name and documentation per reader language (<c>es</c>, <c>en</c>), each falling
/// back to the element's own text, so the UI shows the reader's language only.
/// </summary>
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
    string? Documentation,
    IReadOnlyDictionary<string, string>? Properties = null,
    IReadOnlyDictionary<string, string>? Names = null,
    IReadOnlyDictionary<string, string>? Documentations = null);
