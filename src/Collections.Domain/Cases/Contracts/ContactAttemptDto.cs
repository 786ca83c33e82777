namespace Collections.Domain.Cases.Contracts;

/// <summary>
/// A recorded contact attempt; one made outside the contact rules carries the rule (code and arguments) and the
/// reason staff gave.
/// </summary>
public sealed record ContactAttemptDto(
    Guid Id, Guid CaseId, string Channel, string Direction, string Outcome, string? ReasonCode, string? Notes, string By, DateTimeOffset At,
    string? OverrideRule = null, IReadOnlyDictionary<string, string>? OverrideArguments = null, string? OverrideReason = null);
