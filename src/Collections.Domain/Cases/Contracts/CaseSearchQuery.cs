namespace Collections.Domain.Cases.Contracts;

/// <summary>
/// Filters of the staff case list; null fields do not filter. <see cref="Search"/> matches part of the invoice number
/// or the debtor's name or external id (case-insensitive); <see cref="ProcessInstanceId"/> finds the case of a process.
/// </summary>
public sealed record CaseSearchQuery(
    string? Status = null, string? Stage = null, string? Search = null, Guid? ProcessInstanceId = null, string? Cursor = null, int? Limit = null);
