using System.Text.Json.Serialization;

namespace Collections.Domain.Cases.Contracts;

/// <summary>
/// A contact attempt made outside Collections (the ERP's call centre, a letter): channel, <c>outbound</c> or
/// <c>inbound</c>, outcome (<c>reached</c>, <c>no-answer</c>, <c>left-message</c>, <c>bounced</c>, …), reason code, notes,
/// who, and when (default now).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ContactAttemptInput(string? Channel, string? Direction, string? Outcome, string? By, string? ReasonCode = null, string? Notes = null, DateTimeOffset? At = null);
