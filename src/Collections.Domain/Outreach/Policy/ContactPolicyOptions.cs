namespace Collections.Domain.Outreach.Policy;

/// <summary>Contact rules (issue 6 §5): hours per country, call caps, pause while a dispute is open.</summary>
public sealed class ContactPolicyOptions
{
    public const string Section = "Collections:Outreach:ContactPolicy";

    /// <summary>Hours for a country with no entry in <see cref="Countries"/>: 08:00-21:00 local, every day.</summary>
    public ContactRules Default { get; set; } = new();

    /// <summary>
    /// Hours by ISO 3166 country code. Default: Colombia (<c>CO</c>) 07:00-19:00 weekdays, 08:00-15:00 Saturday,
    /// none on Sunday and on its 2026 public holidays (extend the list each year in configuration).
    /// </summary>
    public Dictionary<string, ContactRules> Countries { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CO"] = new ContactRules
        {
            Weekdays = "07:00-19:00",
            Saturday = "08:00-15:00",
            Sunday = "",
            Holidays =
            [
                "2026-01-01", "2026-01-12", "2026-03-23", "2026-04-02", "2026-04-03", "2026-05-01", "2026-05-18",
                "2026-06-08", "2026-06-15", "2026-06-29", "2026-07-20", "2026-08-07", "2026-08-17", "2026-10-12",
                "2026-11-02", "2026-11-16", "2026-12-08", "2026-12-25",
            ],
        },
    };

    /// <summary>Most calls per case in any rolling 7 days. Default 7.</summary>
    public int MaxCallsPer7Days { get; set; } = 7;

    /// <summary>Most calls in the 7 days after a conversation with the debtor. Default 1.</summary>
    public int MaxCallsAfterConversation { get; set; } = 1;

    /// <summary>
    /// While a dispute is open nothing goes out; the contact is looked at again after this long. Default 6 hours: the
    /// process itself stops its stages on a dispute, so this only catches the race between the two.
    /// </summary>
    public TimeSpan DisputeRecheckInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Time zone for a debtor without one (IANA id). Default <c>UTC</c>.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";
}
