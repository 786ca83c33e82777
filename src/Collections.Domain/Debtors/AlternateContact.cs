using System.Text.Json.Serialization;

namespace Collections.Domain.Debtors;

/// <summary>
/// A third party to contact about the debt (seller, admin manager), DESIGN.md "The domain". <paramref name="InvalidSince"/>
/// as on <see cref="DebtorContact"/>.
/// </summary>
public sealed record AlternateContact(string Role, string Name, string Channel, string Value, DateTimeOffset? InvalidSince = null, string? InvalidReason = null)
{
    [JsonIgnore]
    public bool IsInvalid => InvalidSince is not null;
}
