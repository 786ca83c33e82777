namespace Collections.Engine.Persistence.Records;

/// <summary>
/// An open user task. Candidate groups and users are stored as <c>|a|b|</c> so a group filter is one
/// <c>LIKE '%|group|%'</c> on both databases.
/// </summary>
internal sealed class UserTaskRecord
{
    public Guid Id { get; set; }
    public Guid ProcessInstanceId { get; set; }
    public Guid RootInstanceId { get; set; }
    public required string ActivityInstanceId { get; set; }
    public required string TaskDefinitionKey { get; set; }
    public string? Name { get; set; }
    public Guid DefinitionId { get; set; }
    public required string DefinitionKey { get; set; }
    public string? BusinessKey { get; set; }
    public string? Assignee { get; set; }
    public string? CandidateGroups { get; set; }
    public string? CandidateUsers { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueDate { get; set; }
    public DateTimeOffset? FollowUpDate { get; set; }
    public int Priority { get; set; }
}
