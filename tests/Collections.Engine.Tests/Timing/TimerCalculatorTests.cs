using Collections.Engine.Errors;
using Collections.Engine.Model;
using Collections.Engine.Timing;

namespace Collections.Engine.Tests.Timing;

public sealed class TimerCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-02-01T10:30:00Z", "2026-02-01T10:30:00+00:00")]
    [InlineData("2026-02-01T10:30:00+01:00", "2026-02-01T09:30:00+00:00")]
    [InlineData("2026-02-01T10:30:00.500-03:00", "2026-02-01T13:30:00.5+00:00")]
    [InlineData("2026-02-01T10:30:00", "2026-02-01T10:30:00+00:00")]
    [InlineData("2026-02-01T10:30Z", "2026-02-01T10:30:00+00:00")]
    public void First_Date_IsAbsoluteAndWithoutOffsetUtc(string value, string expected)
    {
        // act
        var schedule = TimerCalculator.First(TimerKind.Date, value, Now);

        // assert
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.DueAt);
        Assert.Null(schedule.Cycle);
        Assert.Null(schedule.RemainingRepetitions);
    }

    [Theory]
    [InlineData("P7D", "2026-01-12T09:00:00Z")]
    [InlineData("PT5M", "2026-01-05T09:05:00Z")]
    [InlineData("P1M", "2026-02-05T09:00:00Z")]
    [InlineData("P1Y2M3DT4H", "2027-03-08T13:00:00Z")]
    [InlineData("P2W", "2026-01-19T09:00:00Z")]
    [InlineData(" pt1h ", "2026-01-05T10:00:00Z")]
    public void First_Duration_IsAddedToNow(string value, string expected)
    {
        // act
        var schedule = TimerCalculator.First(TimerKind.Duration, value, Now);

        // assert
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.DueAt);
    }

    [Theory]
    [InlineData("2026-01-31T12:00:00Z", "P1M", "2026-02-28T12:00:00Z")]
    [InlineData("2028-01-31T12:00:00Z", "P1M", "2028-02-29T12:00:00Z")]
    [InlineData("2028-02-29T12:00:00Z", "P1Y", "2029-02-28T12:00:00Z")]
    [InlineData("2026-03-31T12:00:00Z", "P1M1D", "2026-05-01T12:00:00Z")]
    public void First_MonthDurationAtMonthEnd_ClampsToLastDay(string now, string value, string expected)
    {
        // act
        var schedule = TimerCalculator.First(TimerKind.Duration, value, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        // assert
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.DueAt);
    }

    [Fact]
    public void First_BoundedCycle_FirstAfterIntervalWithRemainingCount()
    {
        // act
        var schedule = TimerCalculator.First(TimerKind.Cycle, "R5/PT10M", Now);

        // assert
        Assert.Equal(Now.AddMinutes(10), schedule.DueAt);
        Assert.Equal("R5/PT10M", schedule.Cycle);
        Assert.Equal(4, schedule.RemainingRepetitions);
    }

    [Fact]
    public void First_UnboundedCycle_HasNoCount()
    {
        // act
        var schedule = TimerCalculator.First(TimerKind.Cycle, "R/PT1H", Now);

        // assert
        Assert.Equal(Now.AddHours(1), schedule.DueAt);
        Assert.Null(schedule.RemainingRepetitions);
    }

    [Fact]
    public void First_CycleWithFutureStart_FiresAtStart()
    {
        // act
        var schedule = TimerCalculator.First(TimerKind.Cycle, "R3/2026-01-06T09:00:00Z/P1D", Now);

        // assert
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 9, 0, 0, TimeSpan.Zero), schedule.DueAt);
        Assert.Equal(2, schedule.RemainingRepetitions);
    }

    [Fact]
    public void First_CycleWithPastStart_SkipsMissedFirings()
    {
        // act
        var schedule = TimerCalculator.First(TimerKind.Cycle, "R5/2026-01-03T09:00:00Z/P1D", Now);

        // assert: 3rd and 4th January are gone; the 5th (now) is the third firing.
        Assert.Equal(Now, schedule.DueAt);
        Assert.Equal(2, schedule.RemainingRepetitions);
    }

    [Fact]
    public void First_BareDurationAsCycle_IsOneRepetition()
    {
        // act
        var schedule = TimerCalculator.First(TimerKind.Cycle, "PT10M", Now);

        // assert
        Assert.Equal(Now.AddMinutes(10), schedule.DueAt);
        Assert.Equal(0, schedule.RemainingRepetitions);
        Assert.Null(TimerCalculator.Next(schedule, schedule.DueAt));
    }

    [Fact]
    public void Next_BoundedCycle_CountsDownToNull()
    {
        // arrange
        var schedule = TimerCalculator.First(TimerKind.Cycle, "R3/PT1H", Now);
        var firings = new List<DateTimeOffset>();

        // act
        for (TimerSchedule? s = schedule; s is not null; s = TimerCalculator.Next(s, s.DueAt))
        {
            firings.Add(s.DueAt);
        }

        // assert
        Assert.Equal([Now.AddHours(1), Now.AddHours(2), Now.AddHours(3)], firings);
    }

    [Fact]
    public void Next_LateFiring_KeepsTheOriginalRhythm()
    {
        // arrange
        var schedule = TimerCalculator.First(TimerKind.Cycle, "R/PT1H", Now);

        // act
        var next = TimerCalculator.Next(schedule, schedule.DueAt.AddMinutes(7))!;

        // assert
        Assert.Equal(Now.AddHours(2), next.DueAt);
        Assert.Null(next.RemainingRepetitions);
    }

    [Fact]
    public void Next_FiredAfterSeveralIntervals_SkipsMissedAndCountsThem()
    {
        // arrange
        var schedule = TimerCalculator.First(TimerKind.Cycle, "R5/PT1H", Now); // due 10:00, 4 left

        // act
        var next = TimerCalculator.Next(schedule, Now.AddHours(3).AddMinutes(30))!; // fired 12:30

        // assert: 11:00 and 12:00 were missed; 13:00 is next with 1 left after it.
        Assert.Equal(Now.AddHours(4), next.DueAt);
        Assert.Equal(1, next.RemainingRepetitions);
    }

    [Fact]
    public void Next_MonthlyCycle_UsesCalendarMonths()
    {
        // arrange
        var fired = new TimerSchedule(new DateTimeOffset(2026, 1, 31, 9, 0, 0, TimeSpan.Zero), "R/P1M", null);

        // act
        var next = TimerCalculator.Next(fired, fired.DueAt)!;

        // assert
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 9, 0, 0, TimeSpan.Zero), next.DueAt);
    }

    [Fact]
    public void Next_NotACycle_IsNull()
    {
        // arrange
        var fired = TimerCalculator.First(TimerKind.Duration, "PT1H", Now);

        // act
        var next = TimerCalculator.Next(fired, fired.DueAt);

        // assert
        Assert.Null(next);
    }

    [Theory]
    [InlineData("P3D", "2026-01-08T09:00:00Z")]
    [InlineData("2026-03-01T00:00:00+01:00", "2026-02-28T23:00:00Z")]
    public void ResolveDate_DateOrDuration_Resolves(string value, string expected)
    {
        // act
        var due = TimerCalculator.ResolveDate(value, Now);

        // assert
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Theory]
    [InlineData(TimerKind.Date, "next monday")]
    [InlineData(TimerKind.Date, "05/01/2026")]
    [InlineData(TimerKind.Date, "")]
    [InlineData(TimerKind.Duration, "7 days")]
    [InlineData(TimerKind.Duration, "P")]
    [InlineData(TimerKind.Duration, "P-1D")]
    [InlineData(TimerKind.Duration, "2026-01-01T00:00:00Z")]
    [InlineData(TimerKind.Cycle, "R0/PT1H")]
    [InlineData(TimerKind.Cycle, "R/PT0S")]
    [InlineData(TimerKind.Cycle, "Rx/PT1H")]
    [InlineData(TimerKind.Cycle, "R3/yesterday/P1D")]
    [InlineData(TimerKind.Cycle, "R3/PT1H/PT1H/PT1H")]
    [InlineData(TimerKind.Cycle, "0 0/5 * * * ?")]
    [InlineData(TimerKind.Duration, "P9000Y")]
    [InlineData(TimerKind.Cycle, "R3/PT10000000000H")]
    public void First_InvalidValue_ThrowsTimerFormatExceptionQuotingIt(TimerKind kind, string value)
    {
        // act
        var error = Assert.Throws<TimerFormatException>(() => TimerCalculator.First(kind, value, Now));

        // assert
        Assert.Equal("timer.invalid", error.Code);
        Assert.Equal(value, error.Value);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ISO 8601", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void First_CronCycle_SaysCronIsNotSupported()
    {
        // act
        var error = Assert.Throws<TimerFormatException>(() => TimerCalculator.First(TimerKind.Cycle, "0 0/5 * * * ?", Now));

        // assert
        Assert.Contains("Cron", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveDate_Invalid_Throws()
    {
        // act
        var error = Assert.Throws<TimerFormatException>(() => TimerCalculator.ResolveDate("tomorrow", Now));

        // assert
        Assert.Contains("'tomorrow'", error.Message, StringComparison.Ordinal);
    }
}
