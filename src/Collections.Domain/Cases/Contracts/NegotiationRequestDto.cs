namespace Collections.Domain.Cases.Contracts;

/// <summary>A recorded request; <see cref="ProcessTookIt"/> is false when the process was not in its stages (the request stays on the timeline).</summary>
public sealed record NegotiationRequestDto(Guid CaseId, string Kind, int? Installments, int? DiscountPercent, string? Notes, string By, bool ProcessTookIt, DateTimeOffset At);
