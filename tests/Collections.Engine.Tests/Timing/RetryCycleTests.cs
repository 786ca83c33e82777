using Collections.Engine.Errors;
using Collections.Engine.Timing;

namespace Collections.Engine.Tests.Timing;

public sealed class RetryCycleTests
{
    [Fact]
    public void Parse_RepeatedInterval_GivesCountAndInterval()
    {
        // act
        var cycle = RetryCycle.Parse("R5/PT5M");

        // assert
        Assert.Equal(5, cycle.Retries);
        Assert.Equal([TimeSpan.FromMinutes(5)], cycle.Intervals);
        Assert.Equal(TimeSpan.FromMinutes(5), cycle.IntervalBefore(5));
        Assert.Equal(TimeSpan.FromMinutes(5), cycle.IntervalBefore(1));
    }

    [Fact]
    public void Parse_CommaList_GivesOneRetryPerInterval()
    {
        // act
        var cycle = RetryCycle.Parse("PT1M, PT5M,PT10M");

        // assert
        Assert.Equal(3, cycle.Retries);
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10)], cycle.Intervals);
    }

    [Fact]
    public void IntervalBefore_CountingDown_WalksTheListInOrder()
    {
        // arrange
        var cycle = RetryCycle.Parse("PT1M,PT5M,PT10M");

        // act
        var waits = new[] { cycle.IntervalBefore(3), cycle.IntervalBefore(2), cycle.IntervalBefore(1) };

        // assert
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10)], waits);
    }

    [Fact]
    public void Default_IsThreeRetriesBackingOff()
    {
        // act
        var cycle = RetryCycle.Default;

        // assert
        Assert.Equal(3, cycle.Retries);
        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)], cycle.Intervals);
    }

    [Theory]
    [InlineData("")]
    [InlineData("five")]
    [InlineData("R0/PT5M")]
    [InlineData("R/PT5M")]
    [InlineData("R5")]
    [InlineData("PT1M,,PT5M")]
    [InlineData("P1M")]
    public void Parse_Invalid_ThrowsTimerFormatException(string text)
    {
        // act
        var error = Assert.Throws<TimerFormatException>(() => RetryCycle.Parse(text));

        // assert
        Assert.Equal("timer.invalid", error.Code);
        Assert.Contains("R5/PT5M", error.Message, StringComparison.Ordinal);
    }
}
