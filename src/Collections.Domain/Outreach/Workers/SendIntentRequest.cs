using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>What a send step is about to send, as <see cref="IOutreachIntents"/> records it before the provider call.</summary>
public sealed record SendIntentRequest(
    Guid ProcessInstanceId,
    string ActivityInstanceId,
    Guid ExternalTaskId,
    string Topic,
    string Channel,
    string Provider,
    Guid? CaseId,
    IReadOnlyList<string> Recipients,
    string? TemplateKey,
    string? Language,
    string? Subject,
    Instant Now);
