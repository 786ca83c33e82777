namespace Collections.Domain.Cases.Contracts;

/// <summary>One case with everything that happened: the merged timeline, promises, payments, disputes and open tasks.</summary>
public sealed record CaseDetailDto(
    CaseDto Case,
    IReadOnlyList<TimelineItemDto> Timeline,
    IReadOnlyList<PromiseDto> Promises,
    IReadOnlyList<PaymentDto> Payments,
    IReadOnlyList<DisputeDto> Disputes,
    IReadOnlyList<CaseTaskDto> OpenTasks,
    IReadOnlyList<ContactAttemptDto> ContactAttempts);

/// <summary>
/// A timeline line: <c>source</c> is <c>domain</c> (payments, promises, disputes, notes) or <c>process</c> (stages
/// entered, tasks). A line the UI renders in the reader's language carries <paramref name="Code"/> and
/// <paramref name="Arguments"/> (e.g. a contact outside the rules: the rule's code and arguments plus <c>reason</c>).
/// </summary>
public sealed record TimelineItemDto(
    DateTimeOffset At, string Kind, string Summary, string Source, string? Code = null, IReadOnlyDictionary<string, string>? Arguments = null);

/// <summary>A promise to pay: the amount by a date, its status (open, kept, broken) and what was paid against it so far.</summary>
public sealed record PromiseDto(Guid Id, decimal Amount, string Currency, DateOnly PromiseDate, string Status, decimal PaidSoFar, DateTimeOffset CreatedAt);

/// <summary>A payment applied to an invoice, with the balance it left.</summary>
public sealed record PaymentDto(Guid Id, Guid InvoiceId, Guid? CaseId, decimal Amount, string Currency, string Reference, DateOnly PaidOn, string Kind, decimal BalanceAfter, DateTimeOffset CreatedAt);

/// <summary>A dispute on a case: its reason, status and, once closed, the resolution.</summary>
public sealed record DisputeDto(Guid Id, Guid CaseId, string Reason, string Status, string? Owner, string? Notes, string? Resolution, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt);

/// <summary>An open task of the case's process: what it is, who holds it and when it is due.</summary>
public sealed record CaseTaskDto(
    Guid Id, string TaskDefinitionKey, string? Name, string? Assignee, DateTimeOffset CreatedAt, DateTimeOffset? DueDate, IReadOnlyDictionary<string, string>? Names = null);
