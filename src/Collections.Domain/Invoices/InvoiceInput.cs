using System.Text.Json.Serialization;

namespace Collections.Domain.Invoices;

/// <summary>An invoice as an integrator sends it. The debtor is named by its external id. Unknown JSON fields are refused.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record InvoiceInput(
    string? ExternalId,
    string? Number,
    string? DebtorExternalId,
    decimal Amount,
    string? Currency,
    DateOnly? IssueDate,
    DateOnly? DueDate,
    string? PurchaseOrderNumber = null);
