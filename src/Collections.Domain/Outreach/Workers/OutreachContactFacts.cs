using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// What the contact policy and the sender need to know about a case's debtor for one channel. Language, time zone and
/// country, when known, win over the process variables of the same meaning (the debtor may have changed since the
/// case opened); null leaves the variables. <paramref name="History"/> is the debtor's outbound contacts on every
/// channel (the policy's daily and weekly caps count it); null falls back to <paramref name="RecentCalls"/>.
/// </summary>
public sealed record OutreachContactFacts(
    IReadOnlyList<string> Addresses,
    IReadOnlySet<string> OptedOutChannels,
    bool DisputeOpen,
    IReadOnlyList<Instant> RecentCalls,
    Instant? LastConversationAt,
    string? Language = null,
    string? TimeZone = null,
    string? Country = null,
    Guid? CaseId = null,
    IReadOnlyList<Policy.PastContact>? History = null);
