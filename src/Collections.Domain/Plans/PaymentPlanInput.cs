using System.Text.Json.Serialization;

namespace Collections.Domain.Plans;

/// <summary>
/// A payment plan for a case: installments in ascending date order, all after today, in the invoice's
/// <see cref="Currency"/>, adding up to the case's balance exactly.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PaymentPlanInput(string? Currency, IReadOnlyList<InstallmentInput>? Installments, string? Notes);
