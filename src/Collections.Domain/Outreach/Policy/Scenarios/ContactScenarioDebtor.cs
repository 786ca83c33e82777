namespace Collections.Domain.Outreach.Policy.Scenarios;

/// <summary>
/// Where the debtor of a contact scenario lives: the country picks the profile, the IANA zone gives local time.
/// <paramref name="Consented"/> lists the channels with consent on record; null applies no consent rule. The name and
/// language address a statement.
/// </summary>
public sealed record ContactScenarioDebtor(string? Country, string TimeZone, IReadOnlyList<string>? Consented = null, string? Name = null, string? Language = null);
