using NodaTime;

namespace Collections.Domain.Outreach.Holidays;

/// <summary>
/// Colombia's public holidays of a year, computed from the law rather than listed (docs/playbook.md, "Contact rules"):
/// fixed days (Ley 51 de 1983 art. 1 and Ley 37 de 1905: 1 January, 1 May, 20 July, 7 August, 8 December, 25
/// December); the days Ley 51 de 1983 ("Ley Emiliani") moves to the following Monday when they fall on another weekday
/// (6 January, 19 March, 29 June, 15 August, 12 October, 1 November, 11 November); Holy Thursday and Good Friday
/// (Easter − 3 and − 2, never moved); and Ascension, Corpus Christi and Sacred Heart, which the same law moves to the
/// Monday after (Easter + 43, + 64 and + 71). PublicHoliday 4.0.0 has no Colombian calendar, hence this class.
/// </summary>
public static class ColombianHolidays
{
    private static readonly (int Month, int Day)[] Fixed = [(1, 1), (5, 1), (7, 20), (8, 7), (12, 8), (12, 25)];
    private static readonly (int Month, int Day)[] MovedToMonday = [(1, 6), (3, 19), (6, 29), (8, 15), (10, 12), (11, 1), (11, 11)];
    private static readonly int[] EasterDays = [-3, -2, 43, 64, 71];

    /// <summary>The distinct holiday dates of <paramref name="year"/>, in order (two rules can land on one Monday, as in 2030).</summary>
    public static IReadOnlyList<LocalDate> For(int year)
    {
        var easter = Easter.Sunday(year);
        return Fixed.Select(d => new LocalDate(year, d.Month, d.Day))
            .Concat(MovedToMonday.Select(d => NextMonday(new LocalDate(year, d.Month, d.Day))))
            .Concat(EasterDays.Select(easter.PlusDays))
            .Distinct().Order().ToList();
    }

    /// <summary>The date itself when it is a Monday, else the Monday after it (Ley 51 de 1983 art. 1).</summary>
    private static LocalDate NextMonday(LocalDate date) =>
        date.DayOfWeek == IsoDayOfWeek.Monday ? date : date.Next(IsoDayOfWeek.Monday);
}
