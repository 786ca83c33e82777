namespace Collections.Domain.Outreach.Policy;

/// <summary>Stable reason codes of <see cref="ContactDecision"/> (persisted in variables and error messages).</summary>
public static class ContactReasons
{
    public const string OptOut = "opt-out";
    public const string DisputeOpen = "dispute-open";
    public const string OutsideHours = "outside-hours";
    public const string CallCap = "call-cap";
    public const string AfterConversation = "call-after-conversation";
}
