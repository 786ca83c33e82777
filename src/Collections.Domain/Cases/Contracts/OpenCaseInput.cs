using System.Text.Json.Serialization;
using Collections.Domain.Debtors;
using Collections.Domain.Invoices;

namespace Collections.Domain.Cases.Contracts;

/// <summary>
/// Opens a case for an overdue invoice: name a registered one (<see cref="InvoiceId"/> or <see cref="InvoiceExternalId"/>)
/// or send it inline in <see cref="Invoice"/>, optionally with its <see cref="Debtor"/> (upserted by external id).
/// <see cref="ProcessKey"/> picks another process than <c>overdue-invoice</c>; its latest version starts.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OpenCaseInput(
    Guid? InvoiceId = null,
    string? InvoiceExternalId = null,
    InvoiceInput? Invoice = null,
    DebtorInput? Debtor = null,
    string? ProcessKey = null,
    string? AssignedCollector = null);
