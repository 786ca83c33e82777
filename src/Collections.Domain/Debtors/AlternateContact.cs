namespace Collections.Domain.Debtors;

/// <summary>
/// A third party to contact about the debt (seller, admin manager), DESIGN.md "The domain"; marked invalid like a
/// <see cref="DebtorContact"/> when its number proves wrong.
/// </summary>
public sealed record AlternateContact(string Role, string Name, string Channel, string Value, DateTimeOffset? InvalidSince = null, string? InvalidReason = null);
