using Collections.Domain.Debtors;
using Collections.Domain.Invoices;

namespace Collections.Domain.Cases.Contracts;

/// <summary>
/// The case page: the case with its timeline, the debtor, the invoice, and where its process stands.
/// <see cref="ActivityNames"/> names the activities the process waits in per language (<c>es</c>, <c>en</c>).
/// </summary>
public sealed record CaseViewDto(
    CaseDetailDto Detail, DebtorDto Debtor, InvoiceDto Invoice, CaseProcessViewDto? Process, IReadOnlyDictionary<string, string>? ActivityNames = null);

/// <summary>
/// The case's process for the diagram: the definition to draw, the activities holding a token now, and the activities
/// already passed (completed, not canceled); the diagram shades a flow between two of those as the path taken.
/// </summary>
public sealed record CaseProcessViewDto(
    Guid InstanceId, Guid DefinitionId, string DefinitionKey, int DefinitionVersion, string Status,
    IReadOnlyList<string> WaitingActivityIds, IReadOnlyList<string> CompletedActivityIds, int OpenIncidents);
