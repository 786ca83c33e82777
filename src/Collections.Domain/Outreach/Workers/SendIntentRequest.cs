using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// What a send step is about to send, as <see cref="IOutreachIntents"/> records it before the provider call.
/// <paramref name="Consolidate"/>: a reminder to the debtor under a profile that sends one statement a day, so the
/// debtor's other reminders due now may be listed with it (docs/architecture.md, "One statement per debtor").
/// </summary>
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
    Instant Now,
    bool Consolidate = false);
