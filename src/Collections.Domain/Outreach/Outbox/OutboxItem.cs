namespace Collections.Domain.Outreach.Outbox;

/// <summary>
/// One message in the outbox folder. <see cref="Id"/> is its file name (what the outbox endpoints take);
/// <see cref="Channel"/> is <c>email</c> or <c>sms</c>; <see cref="Subject"/> is an SMS's text.
/// </summary>
public sealed record OutboxItem(
    string Id, string Channel, DateTimeOffset WrittenAt, string To, string Subject, Guid? CaseId, string? Reference, string MessageId);
