namespace Collections.Domain.Invoices;

/// <summary>Invoice list filters; null fields do not filter.</summary>
public sealed record InvoiceQuery(string? Status = null, string? DebtorExternalId = null, DateOnly? DueBefore = null, string? Cursor = null, int? Limit = null);
