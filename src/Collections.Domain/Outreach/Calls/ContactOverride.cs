using Collections.Domain.Outreach.Policy;

namespace Collections.Domain.Outreach.Calls;

/// <summary>A call or visit recorded outside the contact rules: who, when, the rule it broke and the reason they gave.</summary>
public sealed record ContactOverride(Guid CaseId, Guid AttemptId, string Channel, string By, DateTimeOffset At, ContactRule Rule, string Reason);
