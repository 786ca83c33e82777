using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// A message that left for an external task's activity instance: the key that makes sends idempotent. The optional
/// details (case, channel, provider, recipients, template, subject) let the domain record the send as a contact
/// attempt and match its provider's delivery reports later.
/// </summary>
public sealed record OutreachSend(
    Guid ProcessInstanceId,
    string ActivityInstanceId,
    string Topic,
    string MessageId,
    Instant SentAt,
    Guid? CaseId = null,
    string? Channel = null,
    string? Provider = null,
    IReadOnlyList<string>? Recipients = null,
    string? TemplateKey = null,
    string? Language = null,
    string? Subject = null);
