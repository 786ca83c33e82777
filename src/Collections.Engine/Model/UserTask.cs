namespace Collections.Engine.Model;

/// <summary>Work for a person, in the task inbox (<c>camunda:assignee</c>, candidates, dates, priority, form).</summary>
public sealed class UserTask : Activity
{
    public Expression? Assignee { get; init; }

    /// <summary>Comma-separated list after evaluation.</summary>
    public Expression? CandidateGroups { get; init; }

    /// <summary>Comma-separated list after evaluation.</summary>
    public Expression? CandidateUsers { get; init; }

    /// <summary>ISO 8601 date-time or duration from creation, or <c>${...}</c>.</summary>
    public Expression? DueDate { get; init; }

    /// <summary>ISO 8601 date-time or duration from creation, or <c>${...}</c>.</summary>
    public Expression? FollowUpDate { get; init; }

    /// <summary>Integer priority, default 50 as in Camunda.</summary>
    public Expression? Priority { get; init; }

    /// <summary><c>camunda:formData</c> fields, in order.</summary>
    public List<FormField> FormFields { get; } = [];
}
