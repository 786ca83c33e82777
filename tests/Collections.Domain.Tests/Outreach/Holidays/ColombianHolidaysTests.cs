using Collections.Domain.Outreach.Holidays;
using NodaTime;
using NodaTime.Text;

namespace Collections.Domain.Tests.Outreach.Holidays;

/// <summary>
/// The official Colombian calendars (Ley 51 de 1983, as published each year), written out by hand: fixed days,
/// Monday moves and the Easter-based days. 2030 has 17 dates because San Pedro (29 June, a Saturday, moved to 1 July)
/// and Sacred Heart (Easter + 71 = 1 July) fall on the same Monday.
/// </summary>
public sealed class ColombianHolidaysTests
{
    public static TheoryData<int, string[]> Official => new()
    {
        { 2026, ["01-01", "01-12", "03-23", "04-02", "04-03", "05-01", "05-18", "06-08", "06-15", "06-29", "07-20", "08-07", "08-17", "10-12", "11-02", "11-16", "12-08", "12-25"] },
        { 2027, ["01-01", "01-11", "03-22", "03-25", "03-26", "05-01", "05-10", "05-31", "06-07", "07-05", "07-20", "08-07", "08-16", "10-18", "11-01", "11-15", "12-08", "12-25"] },
        { 2028, ["01-01", "01-10", "03-20", "04-13", "04-14", "05-01", "05-29", "06-19", "06-26", "07-03", "07-20", "08-07", "08-21", "10-16", "11-06", "11-13", "12-08", "12-25"] },
        { 2029, ["01-01", "01-08", "03-19", "03-29", "03-30", "05-01", "05-14", "06-04", "06-11", "07-02", "07-20", "08-07", "08-20", "10-15", "11-05", "11-12", "12-08", "12-25"] },
        { 2030, ["01-01", "01-07", "03-25", "04-18", "04-19", "05-01", "06-03", "06-24", "07-01", "07-20", "08-07", "08-19", "10-14", "11-04", "11-11", "12-08", "12-25"] },
    };

    [Theory]
    [MemberData(nameof(Official))]
    public void For_Year_MatchesOfficialCalendar(int year, string[] expected)
    {
        var holidays = ColombianHolidays.For(year);

        Assert.Equal(expected.Select(d => LocalDatePattern.Iso.Parse($"{year}-{d}").Value), holidays);
    }

    [Fact]
    public void For_2027_MovesEpiphanyToMondayElevenJanuary()
    {
        var holidays = ColombianHolidays.For(2027);

        Assert.Contains(new LocalDate(2027, 1, 11), holidays);
        Assert.DoesNotContain(new LocalDate(2027, 1, 6), holidays);
    }

    [Fact]
    public void For_HolidayOnMonday_StaysOnThatMonday()
    {
        // 1 November 2027 and 19 March 2029 are Mondays: Ley 51 de 1983 leaves them where they are.
        Assert.Contains(new LocalDate(2027, 11, 1), ColombianHolidays.For(2027));
        Assert.Contains(new LocalDate(2029, 3, 19), ColombianHolidays.For(2029));
    }
}
