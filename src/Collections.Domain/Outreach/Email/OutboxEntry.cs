namespace Collections.Domain.Outreach.Email;

/// <summary>One message written to an outbox folder.</summary>
public sealed record OutboxEntry(string MessageId, string FileName, DateTimeOffset WrittenAt, string To, string Subject);
