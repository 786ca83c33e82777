namespace Collections.Domain.Plans;

/// <summary>A payment plan as the API returns it.</summary>
public sealed record PaymentPlanDto(
    Guid Id,
    Guid CaseId,
    decimal Total,
    string Currency,
    string Status,
    string ProcessState,
    IReadOnlyList<InstallmentDto> Installments,
    decimal PaidSoFar,
    string? ProposedBy,
    string? Notes,
    DateTimeOffset CreatedAt);

/// <summary>One installment: its number (1-based), date, amount and whether payments have covered it.</summary>
public sealed record InstallmentDto(int Number, DateOnly DueDate, decimal Amount, bool Paid);
