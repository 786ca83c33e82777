namespace Collections.Domain.Outreach.Intents;

/// <summary>The facts that can stop a message, read in the send intent's transaction right before the provider call.</summary>
public sealed record SendFacts(
    bool HasCase,
    bool CaseOpen,
    string? CaseOutcome,
    decimal Balance,
    bool DisputeOpen,
    bool PromiseOpen,
    bool PlanActive,
    bool ChannelOptedOut,
    bool RecipientsOptedOut,
    bool RecipientsInvalid,
    bool Informational);
