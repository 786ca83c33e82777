namespace Collections.Server.Apis.Staff.Inbox;

/// <summary>
/// An inbox row: the open user task and the facts of its case a collector sorts and decides by. <see cref="Amount"/> is
/// the invoice's outstanding balance in <see cref="Currency"/>; <see cref="DaysOverdue"/> counts from the invoice's due
/// date to today (UTC). Tasks of processes started without a case (straight through the engine API) have no case
/// fields; their amount, currency and debtor come from the process variables <c>amount</c>, <c>currency</c> and
/// <c>debtorName</c> (or <c>debtor</c>). <see cref="ContactableNow"/> is false when the debtor's contact profile allows
/// no call now (hours, Sunday, holiday in the debtor's zone); <see cref="ContactableAt"/> is then the next allowed
/// moment and <see cref="ContactRule"/> the rule's code. Caps and the after-conversation rule are not judged here
/// (the call script and the recording do); tasks without a case are always contactable. <see cref="TaskNames"/> is the
/// task's name per language (<c>es</c>, <c>en</c>) from its diagram; the UI shows the reader's.
/// </summary>
public sealed record InboxItemDto(
    Guid TaskId,
    string TaskDefinitionKey,
    string? TaskName,
    string ProcessDefinitionKey,
    Guid ProcessInstanceId,
    Guid RootInstanceId,
    string? BusinessKey,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueDate,
    DateTimeOffset? FollowUpDate,
    int TaskPriority,
    Guid? CaseId,
    int? CasePriority,
    string? InvoiceNumber,
    decimal? Amount,
    string? Currency,
    int? DaysOverdue,
    string? Debtor,
    bool ContactableNow = true,
    DateTimeOffset? ContactableAt = null,
    string? ContactRule = null,
    IReadOnlyDictionary<string, string>? TaskNames = null);
