using Collections.Domain.Outreach.Holidays;
using NodaTime;

namespace Collections.Domain.Tests.Outreach.Holidays;

public sealed class HolidayCalendarsTests
{
    private readonly HolidayCalendars _calendars = new();

    [Fact]
    public void IsHoliday_SpainGoodFriday2027_FromLibrary()
    {
        Assert.True(_calendars.IsHoliday("ES", new LocalDate(2027, 3, 26)));
        Assert.False(_calendars.IsHoliday("ES", new LocalDate(2027, 3, 25))); // Holy Thursday is regional, not national
    }

    [Fact]
    public void For_Spain2026_NationalHolidays()
    {
        var days = _calendars.For("ES", 2026).Order().Select(d => d.ToString("MM-dd", null));

        Assert.Equal(["01-01", "01-06", "04-03", "05-01", "08-15", "10-12", "11-01", "12-06", "12-08", "12-25"], days);
    }

    [Fact]
    public void IsHoliday_ColombiaByRule_LowerCaseCalendarName()
    {
        Assert.True(_calendars.IsHoliday("co", new LocalDate(2027, 1, 11)));
    }

    [Fact]
    public void For_UnknownCalendar_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendars.For("XX", 2027));
    }
}
