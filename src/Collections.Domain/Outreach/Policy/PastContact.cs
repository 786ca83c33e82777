using NodaTime;

namespace Collections.Domain.Outreach.Policy;

/// <summary>An earlier outbound contact: its channel, when, and whether it was about the debt being judged (same case).</summary>
public sealed record PastContact(string Channel, Instant At, bool SameDebt = true);
