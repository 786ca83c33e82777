using System.Text.Json.Serialization;

namespace Collections.Domain.Cases.Contracts;

/// <summary>
/// The debtor asks for a <c>payment-plan</c> (optionally in <see cref="Installments"/>) or a <c>settlement</c> discount
/// (optionally <see cref="DiscountPercent"/>); <see cref="Notes"/> for whoever negotiates.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record NegotiationRequestInput(string? Kind, int? Installments = null, int? DiscountPercent = null, string? Notes = null);
