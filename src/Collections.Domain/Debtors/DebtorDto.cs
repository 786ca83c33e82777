namespace Collections.Domain.Debtors;

/// <summary>A debtor as the API returns it.</summary>
public sealed record DebtorDto(
    Guid Id, string ExternalId, string Name, string? TaxId, string Language, string TimeZone, string Country, string? Segment,
    int RiskScore, bool HasService, IReadOnlyList<DebtorContact> Contacts, IReadOnlyList<AlternateContact> AlternateContacts,
    IReadOnlyList<string> OptOuts, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static DebtorDto From(Debtor d) => new(
        d.Id, d.ExternalId, d.Name, d.TaxId, d.Language, d.TimeZone, d.Country, d.Segment, d.RiskScore, d.HasService,
        d.Contacts, d.AlternateContacts, d.OptOuts, d.CreatedAt, d.UpdatedAt);
}
