namespace Collections.Domain.Webhooks;

/// <summary>
/// <c>data</c> of <see cref="WebhookEvents.TaskCreated"/> and <see cref="WebhookEvents.TaskCompleted"/>: the task, the
/// case and invoice it works on; for a completion also who completed it, when, and the submitted outcome variables.
/// </summary>
public sealed record TaskWebhookPayload(
    Guid TaskId,
    Guid CaseId,
    Guid InvoiceId,
    string InvoiceExternalId,
    string InvoiceNumber,
    Guid ProcessInstanceId,
    string ActivityId,
    string? Name,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers,
    string? Assignee,
    int Priority,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueDate,
    DateTimeOffset? FollowUpDate,
    string? CompletedBy = null,
    DateTimeOffset? CompletedAt = null,
    IReadOnlyDictionary<string, object?>? Variables = null);
