namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// At most <see cref="Max"/> outbound contacts on <see cref="Channel"/> (<c>any</c>: all channels together) in one
/// <see cref="Period"/> (<see cref="ContactCapPeriods"/>), counted over the same debt (<see cref="PerDebt"/>) or over
/// every debt of the debtor. Days and weeks are the debtor's local calendar.
/// </summary>
public sealed class ContactCap
{
    /// <summary>The channel counted, or <c>any</c> for every channel. Default <c>any</c>.</summary>
    public string Channel { get; set; } = ContactCapPeriods.AnyChannel;

    /// <summary><c>day</c>, <c>rolling-7-days</c> or <c>calendar-week</c> (Monday to Sunday). Default <c>day</c>.</summary>
    public string Period { get; set; } = ContactCapPeriods.Day;

    /// <summary>Most contacts in one period. Default 1.</summary>
    public int Max { get; set; } = 1;

    /// <summary>True: only contacts about the same debt (case) count (Regulation F); false: the debtor's. Default false.</summary>
    public bool PerDebt { get; set; }
}
