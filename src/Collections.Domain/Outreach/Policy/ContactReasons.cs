namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// Stable rule codes of <see cref="ContactDecision"/> (persisted in variables, contact attempts and error messages;
/// the UI renders each in the reader's language from its arguments).
/// </summary>
public static class ContactReasons
{
    /// <summary>The debtor opted out of the channel. Arguments: <c>channel</c>.</summary>
    public const string OptOut = "opt-out";

    /// <summary>The channel needs consent the debtor has not given. Arguments: <c>channel</c>.</summary>
    public const string ConsentMissing = "consent-missing";

    /// <summary>A dispute is open on the case. No arguments.</summary>
    public const string DisputeOpen = "dispute-open";

    /// <summary>Outside the day's window. Arguments: <c>day</c> (ISO weekday name), <c>window</c> (<c>HH:mm-HH:mm</c>).</summary>
    public const string OutsideHours = "outside-hours";

    /// <summary>No contact at all on this weekday. Arguments: <c>day</c>.</summary>
    public const string NoContactDay = "no-contact-day";

    /// <summary>A public holiday. Arguments: <c>date</c> (ISO).</summary>
    public const string Holiday = "holiday";

    /// <summary>A call cap is used up. Arguments: <c>channel</c>, <c>period</c>, <c>max</c>.</summary>
    public const string CallCap = "call-cap";

    /// <summary>A cap on another channel or on all channels is used up. Arguments: <c>channel</c>, <c>period</c>, <c>max</c>.</summary>
    public const string ContactCap = "contact-cap";

    /// <summary>Another channel was used this calendar week. Arguments: <c>used</c> (channels), <c>max</c>.</summary>
    public const string ChannelPerWeek = "channel-per-week";

    /// <summary>Too soon after a conversation. Arguments: <c>conversationAt</c> (ISO instant), <c>days</c>, <c>maxCalls</c>.</summary>
    public const string AfterConversation = "call-after-conversation";
}
