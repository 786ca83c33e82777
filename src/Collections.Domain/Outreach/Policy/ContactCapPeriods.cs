namespace Collections.Domain.Outreach.Policy;

/// <summary>Periods of a <see cref="ContactCap"/> and the channel wildcard (configuration strings).</summary>
public static class ContactCapPeriods
{
    public const string Day = "day";
    public const string Rolling7Days = "rolling-7-days";
    public const string CalendarWeek = "calendar-week";
    public const string AnyChannel = "any";

    public static IReadOnlyList<string> All { get; } = [Day, Rolling7Days, CalendarWeek];
}
