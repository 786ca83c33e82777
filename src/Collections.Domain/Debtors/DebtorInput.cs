using System.Text.Json.Serialization;

namespace Collections.Domain.Debtors;

/// <summary>A debtor as an integrator sends it (upsert by <see cref="ExternalId"/>). Unknown JSON fields are refused.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DebtorInput(
    string? ExternalId,
    string? Name,
    string? TaxId = null,
    string? Language = "es",
    string? TimeZone = "America/Mexico_City",
    string? Country = "MX",
    string? Segment = null,
    int RiskScore = 50,
    bool HasService = false,
    IReadOnlyList<ContactInput>? Contacts = null,
    IReadOnlyList<AlternateContactInput>? AlternateContacts = null,
    IReadOnlyList<string>? OptOuts = null);

/// <summary>One contact of a debtor.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ContactInput(string? Channel, string? Value, DateOnly? ValidFrom = null, DateOnly? ValidTo = null, bool Preferred = false);

/// <summary>One third party to contact about the debt.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AlternateContactInput(string? Role, string? Name, string? Channel, string? Value);
