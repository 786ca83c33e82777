namespace Collections.Domain.Company;

/// <summary>A send step waiting for company details: the case, the channel and template, and the empty fields.</summary>
public sealed record CompanyDetailsWait(Guid? CaseId, string Channel, string? Template, IReadOnlyList<string> Fields);
