namespace Collections.Domain.Company;

/// <summary>
/// The company details as the admin page shows them: the values, whether they are configuration's example values,
/// who saved them last, and <see cref="Missing"/>: the fields the templates print that are empty (a currency of an open
/// case without payment instructions is <c>payment:COP</c>).
/// </summary>
public sealed record CompanyDetailsView(
    string Name,
    string TaxId,
    IReadOnlyDictionary<string, string> Payment,
    string Phone,
    string Email,
    string Address,
    string Signature,
    bool IsExample,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy,
    IReadOnlyList<string> Missing);
