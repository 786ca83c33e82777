namespace Collections.Domain.Plans;

/// <summary>One dated amount of a payment plan, in the plan's currency.</summary>
public sealed record Installment(DateOnly DueDate, decimal Amount, bool Paid);
