namespace Collections.Server.Persistence.Reads;

/// <summary>
/// The columns of the engine's <c>engine_user_tasks</c> that staff lists read. The engine writes the table; this is a
/// read-only view of it (candidate lists are stored as <c>|a|b|</c>).
/// </summary>
internal sealed class UserTaskRow
{
    public Guid Id { get; private set; }
    public Guid ProcessInstanceId { get; private set; }
    public Guid RootInstanceId { get; private set; }
    public string TaskDefinitionKey { get; private set; } = string.Empty;
    public string? Name { get; private set; }
    public string DefinitionKey { get; private set; } = string.Empty;
    public Guid DefinitionId { get; private set; }
    public string? BusinessKey { get; private set; }
    public string? Assignee { get; private set; }
    public string? CandidateGroups { get; private set; }
    public string? CandidateUsers { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DueDate { get; private set; }
    public DateTimeOffset? FollowUpDate { get; private set; }
    public int Priority { get; private set; }
}
