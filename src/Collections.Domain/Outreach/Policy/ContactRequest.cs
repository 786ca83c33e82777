using NodaTime;

namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// One outbound contact to judge: the channel (<c>email</c>, <c>sms</c>, <c>phone</c>, <c>visit</c>), where the
/// debtor is, the moment, and the contact facts. <paramref name="History"/> is the debtor's earlier outbound contacts
/// on every channel (caps and the one-channel-a-week rule count it); without it, <paramref name="RecentCalls"/> are the
/// case's earlier calls. <paramref name="ConsentedChannels"/> null means no consent is on record either way and the
/// consent rule is not applied; a set applies it.
/// </summary>
public sealed record ContactRequest(
    string Channel,
    string? Country,
    string? TimeZoneId,
    Instant Now,
    bool DisputeOpen = false,
    IReadOnlySet<string>? OptedOutChannels = null,
    IReadOnlyList<Instant>? RecentCalls = null,
    Instant? LastConversationAt = null,
    IReadOnlyList<PastContact>? History = null,
    IReadOnlySet<string>? ConsentedChannels = null);
