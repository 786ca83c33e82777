using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>What the contact policy and the sender need to know about a case's debtor for one channel.</summary>
public sealed record OutreachContactFacts(
    IReadOnlyList<string> Addresses,
    IReadOnlySet<string> OptedOutChannels,
    bool DisputeOpen,
    IReadOnlyList<Instant> RecentCalls,
    Instant? LastConversationAt);
