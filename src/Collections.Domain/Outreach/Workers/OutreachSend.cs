using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>A message that left for an external task's activity instance: the key that makes sends idempotent.</summary>
public sealed record OutreachSend(Guid ProcessInstanceId, string ActivityInstanceId, string Topic, string MessageId, Instant SentAt);
