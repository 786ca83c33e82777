namespace Collections.Domain.Cases.Contracts;

/// <summary>
/// A case in lists: its invoice's balance and days overdue as of today. <see cref="Stage"/> is the business stage
/// (<see cref="BusinessStages"/>, <c>closed</c> once closed); <see cref="Activity"/> the ids of the activities its process
/// waits in, joined by commas.
/// </summary>
public sealed record CaseDto(
    Guid Id, Guid InvoiceId, string InvoiceNumber, Guid DebtorId, string Status, string? Outcome, string? Stage,
    string ProcessKey, Guid? ProcessInstanceId, string? AssignedCollector, int Priority, int BrokenPromises,
    decimal Balance, string Currency, int DaysOverdue, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? Activity = null);
