using System.Text.Json.Serialization;

namespace Collections.Domain.Plans;

/// <summary>One installment of a proposed plan: when (a date after today) and how much (in the invoice's currency).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record InstallmentInput(DateOnly? DueDate, decimal Amount);
