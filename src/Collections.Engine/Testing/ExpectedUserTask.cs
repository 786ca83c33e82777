namespace Collections.Engine.Testing;

/// <summary>An open user task as <c>expectUserTasks</c> describes it; only the fields given are checked.</summary>
public sealed record ExpectedUserTask
{
    public string? TaskDefinitionKey { get; init; }

    public string? Assignee { get; init; }

    public IReadOnlyList<string>? CandidateGroups { get; init; }

    public IReadOnlyList<string>? CandidateUsers { get; init; }

    public DateTimeOffset? DueDate { get; init; }

    public int? Priority { get; init; }
}
