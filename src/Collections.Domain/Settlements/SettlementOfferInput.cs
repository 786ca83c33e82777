using System.Text.Json.Serialization;

namespace Collections.Domain.Settlements;

/// <summary>
/// A settlement offer: a whole <see cref="DiscountPercent"/> (1–99, as in the negotiation form) off the case's balance.
/// <see cref="Amount"/> and <see cref="Currency"/>, when sent, must match what the discount gives (a cross-check);
/// <see cref="ExpiresOn"/> is a date after today (default today + 10 days, the playbook's settlementOfferValidity).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SettlementOfferInput(decimal DiscountPercent, decimal? Amount, string? Currency, DateOnly? ExpiresOn, string? Notes);
