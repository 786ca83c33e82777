namespace Collections.Domain.Cases.Contracts;

/// <summary>A recorded contact attempt.</summary>
public sealed record ContactAttemptDto(Guid Id, Guid CaseId, string Channel, string Direction, string Outcome, string? ReasonCode, string? Notes, string By, DateTimeOffset At);
