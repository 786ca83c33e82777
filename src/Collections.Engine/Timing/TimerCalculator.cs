using System.Globalization;
using Collections.Engine.Errors;
using Collections.Engine.Model;
using NodaTime;

namespace Collections.Engine.Timing;

/// <summary>
/// Due times of BPMN timers (BPMN 2.0.2 §10.5.5 timer event definition: timeDate, timeDuration, timeCycle) from
/// ISO 8601 text. Pure functions of their arguments: the caller passes <c>now</c> from its <see cref="TimeProvider"/>.
/// Every invalid value throws <see cref="TimerFormatException"/>.
/// </summary>
public static class TimerCalculator
{
    private const string CycleFormats =
        "an ISO 8601 repeating interval such as R5/PT10M, R/PT1H, R3/2026-01-05T09:00:00Z/P1D, or a single duration such as PT10M";

    /// <summary>
    /// Cap on the steps taken to move a calendar cycle (months, years) whose start lies in the past up to now;
    /// 100,000 monthly steps is 8,000 years, so only nonsense hits it.
    /// </summary>
    private const int MaxCatchUpSteps = 100_000;

    /// <summary>First due time of a timer whose evaluated value is <paramref name="value"/>, created at <paramref name="now"/>.</summary>
    public static TimerSchedule First(TimerKind kind, string value, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(value);
        Iso8601.CheckLength(value, "timer value");
        var text = value.Trim();
        try
        {
            return kind switch
            {
                TimerKind.Date => new TimerSchedule(ParseDate(text, value), null, null),
                TimerKind.Duration => new TimerSchedule(Iso8601.Add(now, ParseDuration(text, value)), null, null),
                TimerKind.Cycle => FirstOfCycle(text, value, now),
                _ => throw new TimerFormatException(value, $"Unknown timer kind {kind} for '{value}'."),
            };
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw OutOfRange(value);
        }
    }

    /// <summary>
    /// The next firing of a cycle after one fired at <paramref name="firedAt"/>; null when no repetition is left or the
    /// timer is not a cycle. The next due time is the previous <em>due</em> time plus the interval, so a late firing
    /// does not push later ones back. When the engine was down for more than a whole interval, the missed firings are
    /// skipped (and counted as used) rather than replayed in a burst: a debtor must not get five reminders at once.
    /// </summary>
    public static TimerSchedule? Next(TimerSchedule fired, DateTimeOffset firedAt)
    {
        ArgumentNullException.ThrowIfNull(fired);
        if (fired.Cycle is null || fired.RemainingRepetitions is <= 0)
        {
            return null;
        }

        try
        {
            return NextOfCycle(fired, firedAt);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw OutOfRange(fired.Cycle);
        }
    }

    private static TimerSchedule? NextOfCycle(TimerSchedule fired, DateTimeOffset firedAt)
    {
        var cycle = ParseCycle(fired.Cycle!.Trim(), fired.Cycle);
        var remaining = fired.RemainingRepetitions;
        var due = Iso8601.Add(fired.DueAt, cycle.Interval);
        remaining--;
        if (due <= firedAt)
        {
            var skipped = StepsToReach(due, firedAt, cycle.Interval, strictlyAfter: true, out due);
            if (remaining is not null && skipped > remaining)
            {
                return null;
            }

            remaining -= skipped;
        }

        return new TimerSchedule(due, fired.Cycle, remaining);
    }

    /// <summary>A due/follow-up date: an ISO 8601 date-time, or a duration added to <paramref name="now"/>.</summary>
    public static DateTimeOffset ResolveDate(string value, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(value);
        Iso8601.CheckLength(value, "date");
        var text = value.Trim();
        if (text.Length > 0 && (text[0] == 'P' || text[0] == 'p'))
        {
            try
            {
                return Iso8601.Add(now, ParseDuration(text, value));
            }
            catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
            {
                throw OutOfRange(value);
            }
        }

        if (Iso8601.TryParseDateTime(text, out var date))
        {
            return date;
        }

        throw new TimerFormatException(
            value, $"'{value}' is not a valid date: expected {Iso8601.DateTimeFormats}, or {Iso8601.DurationFormats} from now.");
    }

    private static DateTimeOffset ParseDate(string text, string original) =>
        Iso8601.TryParseDateTime(text, out var date)
            ? date
            : throw new TimerFormatException(original, $"'{original}' is not a valid timer date: expected {Iso8601.DateTimeFormats}.");

    private static Period ParseDuration(string text, string original) =>
        Iso8601.TryParsePeriod(text, out var period)
            ? period
            : throw new TimerFormatException(original, $"'{original}' is not a valid timer duration: expected {Iso8601.DurationFormats}.");

    private static TimerSchedule FirstOfCycle(string text, string original, DateTimeOffset now)
    {
        var cycle = ParseCycle(text, original);
        if (cycle.Start is not { } start)
        {
            return new TimerSchedule(Iso8601.Add(now, cycle.Interval), original, cycle.Repetitions - 1);
        }

        // A start in the past: begin at the first firing that is not yet due, instead of replaying missed ones.
        var due = start;
        var skipped = 0;
        if (start < now)
        {
            skipped = StepsToReach(start, now, cycle.Interval, strictlyAfter: false, out due);
        }

        if (cycle.Repetitions is { } total && skipped >= total)
        {
            // Every repetition lies in the past: fire once, now, as the last one.
            return new TimerSchedule(now, original, 0);
        }

        return new TimerSchedule(due, original, cycle.Repetitions - 1 - skipped);
    }

    /// <summary>Moves <paramref name="from"/> forward by whole intervals until it reaches <paramref name="target"/>.</summary>
    private static int StepsToReach(DateTimeOffset from, DateTimeOffset target, Period interval, bool strictlyAfter, out DateTimeOffset reached)
    {
        bool Behind(DateTimeOffset t) => strictlyAfter ? t <= target : t < target;

        if (Iso8601.IsFixedLength(interval))
        {
            var step = interval.ToDuration().ToTimeSpan();
            var gap = target - from;
            var steps = (long)Math.Floor(gap.Ticks / (double)step.Ticks);
            steps = Math.Max(0, Math.Min(steps, int.MaxValue - 1));
            reached = from + TimeSpan.FromTicks(step.Ticks * steps);
            while (Behind(reached))
            {
                reached += step;
                steps++;
            }

            return (int)steps;
        }

        reached = from;
        var count = 0;
        while (Behind(reached) && count < MaxCatchUpSteps)
        {
            reached = Iso8601.Add(reached, interval);
            count++;
        }

        return count;
    }

    private static Cycle ParseCycle(string text, string original)
    {
        var parts = text.Split('/');
        if (parts.Length == 1 && Iso8601.TryParsePeriod(parts[0], out var single) && !Iso8601.IsZero(single))
        {
            return new Cycle(1, null, single);
        }

        if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || (parts[0][0] != 'R' && parts[0][0] != 'r'))
        {
            throw InvalidCycle(original, text.Contains(' ', StringComparison.Ordinal)
                ? " Cron expressions are not supported."
                : "");
        }

        int? repetitions = null;
        if (parts[0].Length > 1)
        {
            if (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                throw InvalidCycle(original, " The repetition count after R must be a whole number of at least 1.");
            }

            repetitions = count;
        }

        DateTimeOffset? start = null;
        if (parts.Length == 3)
        {
            if (!Iso8601.TryParseDateTime(parts[1], out var parsedStart))
            {
                throw InvalidCycle(original, $" '{parts[1]}' is not a start date-time.");
            }

            start = parsedStart;
        }

        if (!Iso8601.TryParsePeriod(parts[^1], out var interval))
        {
            throw InvalidCycle(original, $" '{parts[^1]}' is not a duration.");
        }

        if (Iso8601.IsZero(interval))
        {
            throw InvalidCycle(original, " The interval must be longer than zero.");
        }

        return new Cycle(repetitions, start, interval);
    }

    private static TimerFormatException OutOfRange(string value) =>
        new(value, $"'{value}' leads to a time outside the supported date range (years 1 to 9999); use a shorter ISO 8601 duration or an earlier date.");

    private static TimerFormatException InvalidCycle(string original, string detail) =>
        new(original, $"'{original}' is not a valid timer cycle: expected {CycleFormats}.{detail}");

    /// <summary>A parsed repeating interval: <see cref="Repetitions"/> null means unbounded (<c>R/...</c>).</summary>
    private readonly record struct Cycle(int? Repetitions, DateTimeOffset? Start, Period Interval);
}
