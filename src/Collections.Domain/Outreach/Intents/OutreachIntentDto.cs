namespace Collections.Domain.Outreach.Intents;

/// <summary>A send step as the case page shows it: what, to whom, and where it stands.</summary>
public sealed record OutreachIntentDto(
    Guid Id, string Channel, string? TemplateKey, string Recipients, string? Subject, string Status, string? Reason, int Attempt,
    string Reference, string? ProviderMessageId, string? ResolvedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
