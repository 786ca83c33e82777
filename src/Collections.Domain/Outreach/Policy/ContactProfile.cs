namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// The contact rules of one country, as data (docs/playbook.md, "Contact rules", gives each shipped profile's legal
/// source). Times are the debtor's local time; a window is <c>HH:mm-HH:mm</c> (start inclusive, end exclusive), empty
/// for no contact that day.
/// </summary>
public sealed class ContactProfile
{
    /// <summary>Where the rules come from (law and article), shown to admins. Default empty.</summary>
    public string Source { get; set; } = "";

    /// <summary>Window per ISO weekday name (<c>Monday</c>..<c>Sunday</c>); a missing or empty day has no contact. Default none (a profile added in configuration lists its days).</summary>
    public Dictionary<string, string> Hours { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Computed holiday calendar (<c>CO</c>, <c>ES</c>, <c>MX</c>, <c>US</c>) with no contact; empty for none. Default empty.</summary>
    public string HolidayCalendar { get; set; } = "";

    /// <summary>Extraordinary days off (ISO dates) on top of the calendar. Default none.</summary>
    public List<string> ExtraHolidays { get; set; } = [];

    /// <summary>Calendar holidays that are working days after all (ISO dates), e.g. a holiday moved by decree. Default none.</summary>
    public List<string> RemovedHolidays { get; set; } = [];

    /// <summary>Caps per channel and across channels. Default none.</summary>
    public List<ContactCap> Caps { get; set; } = [];

    /// <summary>Most distinct channels used in one calendar week (Monday to Sunday), 0 for no limit. Default 0.</summary>
    public int MaxChannelsPerCalendarWeek { get; set; }

    /// <summary>Calls allowed after a conversation. Default off.</summary>
    public AfterConversationRule AfterConversation { get; set; } = new();

    /// <summary>Channels that need the debtor's recorded consent before use. Default none.</summary>
    public List<string> ConsentChannels { get; set; } = [];

    /// <summary>Opt-out line at the end of every e-mail and SMS. Default none.</summary>
    public ContactFooter Footer { get; set; } = new();

    /// <summary>
    /// One message a day per debtor and channel listing every invoice whose reminder falls due that day, instead of
    /// one per invoice (docs/playbook.md, "One message per debtor a day"). Default on: fewer, clearer contacts.
    /// </summary>
    public bool ConsolidateStatements { get; set; } = true;
}
