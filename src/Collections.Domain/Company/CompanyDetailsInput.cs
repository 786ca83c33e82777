namespace Collections.Domain.Company;

/// <summary>What an admin saves: every field (an omitted one is saved empty); <see cref="Payment"/> maps ISO currency to instructions or link.</summary>
public sealed record CompanyDetailsInput(
    string? Name,
    string? TaxId,
    IReadOnlyDictionary<string, string?>? Payment,
    string? Phone,
    string? Email,
    string? Address,
    string? Signature);
