namespace Collections.Domain.Outreach.Messages;

/// <summary>
/// A message sent for a case, with its delivery reports. <see cref="OutboxId"/> names the outbox file when the
/// embedded default wrote it (open it with <c>GET /api/v1/staff/outbox/{outboxId}</c>).
/// </summary>
public sealed record CaseMessageDto(
    Guid Id, Guid? CaseId, string Channel, string Provider, string ProviderMessageId, string Recipients, string? TemplateKey, string? Language,
    string? Subject, string Status, DateTimeOffset StatusAt, DateTimeOffset SentAt, Guid? ContactAttemptId, string? OutboxId,
    IReadOnlyList<CaseMessageEventDto> Events);

/// <summary>One provider report on a message.</summary>
public sealed record CaseMessageEventDto(string Status, string? Recipient, bool Permanent, string? Reason, DateTimeOffset OccurredAt);
