namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// Allowed contact hours of one country, in the debtor's local time. A window is <c>HH:mm-HH:mm</c> (start
/// inclusive, end exclusive); empty means no contact that day. Holidays are ISO dates (<c>2026-01-01</c>) with no contact.
/// </summary>
public sealed class ContactRules
{
    /// <summary>Monday to Friday. Default <c>08:00-21:00</c>.</summary>
    public string Weekdays { get; set; } = "08:00-21:00";

    /// <summary>Default <c>08:00-21:00</c>.</summary>
    public string Saturday { get; set; } = "08:00-21:00";

    /// <summary>Default <c>08:00-21:00</c>.</summary>
    public string Sunday { get; set; } = "08:00-21:00";

    /// <summary>Local dates with no contact at all. Default none.</summary>
    public List<string> Holidays { get; set; } = [];
}
