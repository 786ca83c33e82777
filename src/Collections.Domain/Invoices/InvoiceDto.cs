namespace Collections.Domain.Invoices;

/// <summary>An invoice as the API returns it; <see cref="CaseId"/> once a case is open for it.</summary>
public sealed record InvoiceDto(
    Guid Id, string ExternalId, string Number, Guid DebtorId, decimal Amount, string Currency, decimal Balance,
    DateOnly IssueDate, DateOnly DueDate, string? PurchaseOrderNumber, string Status, Guid? CaseId,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static InvoiceDto From(Invoice i, Guid? caseId) => new(
        i.Id, i.ExternalId, i.Number, i.DebtorId, i.Amount, i.Currency, i.Balance, i.IssueDate, i.DueDate,
        i.PurchaseOrderNumber, i.Status, caseId, i.CreatedAt, i.UpdatedAt);
}
