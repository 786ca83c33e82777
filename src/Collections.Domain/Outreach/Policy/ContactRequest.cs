using NodaTime;

namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// One outbound contact to judge: the channel (<c>email</c>, <c>sms</c>, <c>phone</c>, <c>visit</c>), where the
/// debtor is, the moment, and the case's contact facts. <paramref name="RecentCalls"/> are earlier calls of the case
/// (any age; older than 7 days are ignored).
/// </summary>
public sealed record ContactRequest(
    string Channel,
    string? Country,
    string? TimeZoneId,
    Instant Now,
    bool DisputeOpen = false,
    IReadOnlySet<string>? OptedOutChannels = null,
    IReadOnlyList<Instant>? RecentCalls = null,
    Instant? LastConversationAt = null);
