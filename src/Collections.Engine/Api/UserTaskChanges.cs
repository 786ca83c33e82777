namespace Collections.Engine.Api;

/// <summary>
/// The user tasks one unit of work created (rows about to be inserted) and completed (through
/// <see cref="IProcessEngine.CompleteUserTaskAsync"/>), with the open connection and transaction that unit of work
/// commits. Tasks canceled by the process (a boundary event, a cancel) are in neither list.
/// </summary>
public sealed record UserTaskChanges(
    EngineTransaction Transaction,
    IReadOnlyList<UserTaskSnapshot> Created,
    IReadOnlyList<CompletedUserTask> Completed);

/// <summary>A user task as the inbox shows it, at the moment of the change.</summary>
public sealed record UserTaskSnapshot(
    Guid Id,
    Guid ProcessInstanceId,
    Guid RootInstanceId,
    string DefinitionKey,
    string? BusinessKey,
    string TaskDefinitionKey,
    string? Name,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueDate,
    DateTimeOffset? FollowUpDate,
    int Priority);

/// <summary>
/// A completed task: <paramref name="CompletedBy"/> is its assignee at completion (null for an unclaimed task),
/// <paramref name="Variables"/> the submitted values after form validation (string, bool, long, decimal, DateTimeOffset).
/// </summary>
public sealed record CompletedUserTask(
    UserTaskSnapshot Task,
    string? CompletedBy,
    IReadOnlyDictionary<string, object?> Variables,
    DateTimeOffset CompletedAt);
