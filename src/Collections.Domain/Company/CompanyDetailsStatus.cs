namespace Collections.Domain.Company;

/// <summary>What every staff page may know: which details the templates need and nobody has set, and whether the values are examples.</summary>
public sealed record CompanyDetailsStatus(IReadOnlyList<string> Missing, bool IsExample);
