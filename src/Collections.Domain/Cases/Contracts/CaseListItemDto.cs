namespace Collections.Domain.Cases.Contracts;

/// <summary>A row of the staff case list: the case and whom it is about.</summary>
public sealed record CaseListItemDto(CaseDto Case, string DebtorName, string DebtorExternalId, NextContactDto? NextContact = null);
