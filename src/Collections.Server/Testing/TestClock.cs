namespace Collections.Server.Testing;

/// <summary>
/// The clock of the <c>E2E</c> environment: the system clock plus an offset that only moves
/// forward, set through <see cref="TestClockApi"/>. Not a frozen <c>FakeTimeProvider</c>: the whole server runs on
/// this clock, and a frozen one would stop time between two requests (ids made from the clock would no longer sort by
/// creation, long polls and hosted loops would never time out). Timers and stopwatches keep real time; a jump only
/// makes later readings later. The <c>demo</c> verb seeds on one that starts weeks in the past (Cli/Demo).
/// </summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>The only environment that has this clock and its endpoint.</summary>
    public const string Environment = "E2E";

    private long _offsetTicks;

    /// <summary>A clock that reads the system time.</summary>
    public TestClock()
    {
    }

    /// <summary>A clock that reads <paramref name="start"/> now and runs on from there (an instant in the past).</summary>
    public TestClock(DateTimeOffset start) => _offsetTicks = (start - System.GetUtcNow()).Ticks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Moves the clock forward so that it reads at least <paramref name="instant"/>; never backwards.</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        var behind = instant - GetUtcNow();
        if (behind > TimeSpan.Zero) Interlocked.Add(ref _offsetTicks, behind.Ticks);
    }
}
