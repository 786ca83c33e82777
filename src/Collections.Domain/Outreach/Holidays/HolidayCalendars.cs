using System.Collections.Concurrent;
using NodaTime;

namespace Collections.Domain.Outreach.Holidays;

/// <summary>
/// Public holidays per calendar (an ISO country code) and year, computed: Colombia by <see cref="ColombianHolidays"/>
/// (the PublicHoliday library has none), the countries below by the PublicHoliday library. A year is computed once per
/// instance and kept.
/// </summary>
public sealed class HolidayCalendars
{
    private readonly ConcurrentDictionary<(string Calendar, int Year), IReadOnlySet<LocalDate>> _years = new();

    /// <summary>Calendars this class computes: <c>CO</c> by rule; <c>ES</c>, <c>MX</c>, <c>US</c> from PublicHoliday 4.0.0 (national days only).</summary>
    public static IReadOnlyList<string> Supported { get; } = ["CO", "ES", "MX", "US"];

    public static bool IsSupported(string calendar) => Supported.Contains(calendar, StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<LocalDate> For(string calendar, int year) =>
        _years.GetOrAdd((calendar.ToUpperInvariant(), year), key => Compute(key.Calendar, key.Year));

    public bool IsHoliday(string calendar, LocalDate date) => For(calendar, date.Year).Contains(date);

    private static HashSet<LocalDate> Compute(string calendar, int year) => calendar switch
    {
        "CO" => [.. ColombianHolidays.For(year)],
        "ES" => FromLibrary(new PublicHoliday.SpainPublicHoliday().PublicHolidays(year)),
        "MX" => FromLibrary(new PublicHoliday.MexicoPublicHoliday().PublicHolidays(year)),
        "US" => FromLibrary(new PublicHoliday.USAPublicHoliday().PublicHolidays(year)),
        _ => throw new ArgumentOutOfRangeException(nameof(calendar), calendar, $"No holiday calendar '{calendar}'; use one of {string.Join(", ", Supported)}."),
    };

    private static HashSet<LocalDate> FromLibrary(IEnumerable<DateTime> days) => [.. days.Select(LocalDate.FromDateTime)];
}
