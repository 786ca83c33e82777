namespace Collections.Domain.Cases.Contracts;

/// <summary>
/// A row of the staff case list: the case and whom it is about. <see cref="ActivityNames"/> names the activities the
/// process waits in per language (<c>es</c>, <c>en</c>); the UI shows the reader's.
/// </summary>
public sealed record CaseListItemDto(
    CaseDto Case, string DebtorName, string DebtorExternalId, NextContactDto? NextContact = null, IReadOnlyDictionary<string, string>? ActivityNames = null);
