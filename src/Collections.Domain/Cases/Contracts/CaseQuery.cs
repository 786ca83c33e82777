namespace Collections.Domain.Cases.Contracts;

/// <summary>
/// Case list filters; null fields do not filter. <see cref="OverdueBucket"/> is <c>1-30</c>, <c>31-60</c>,
/// <c>61-90</c> or <c>90+</c> days past the invoice's due date today. <see cref="Stage"/> is a business stage
/// (<see cref="BusinessStages"/>); <see cref="Activity"/> the waiting activity ids exactly as <c>activity</c> shows them.
/// </summary>
public sealed record CaseQuery(
    string? Status = null, string? Stage = null, string? Collector = null, string? DebtorExternalId = null,
    string? OverdueBucket = null, string? Cursor = null, int? Limit = null, string? Activity = null);
