namespace Collections.Domain.Debtors;

/// <summary>A third party to contact about the debt (seller, admin manager), DESIGN.md "The domain".</summary>
public sealed record AlternateContact(string Role, string Name, string Channel, string Value);
