using Collections.Engine.Errors;
using NodaTime;

namespace Collections.Engine.Timing;

/// <summary>
/// How often and after what waits a failed job is retried (<c>camunda:failedJobRetryTimeCycle</c>):
/// <c>R5/PT5M</c> is five retries five minutes apart; <c>PT1M,PT5M,PT10M</c> is three retries with growing waits.
/// </summary>
public sealed record RetryCycle(int Retries, IReadOnlyList<TimeSpan> Intervals)
{
    private const string Expected = "R<retries>/<ISO 8601 duration> such as R5/PT5M, or a comma-separated list of durations such as PT1M,PT5M,PT10M";

    /// <summary>Used when an element has no cycle: three retries after 10 seconds, 1 minute and 5 minutes, as in Camunda 7's default of three retries but backing off so a briefly unavailable worker or database is not hammered.</summary>
    public static RetryCycle Default { get; } =
        new(3, [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)]);

    /// <summary>Reads a retry cycle; throws <see cref="TimerFormatException"/> naming the expected format.</summary>
    public static RetryCycle Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Iso8601.CheckLength(text, "retry cycle");
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw Invalid(text, "it is empty");
        }

        if (trimmed[0] is 'R' or 'r')
        {
            var parts = trimmed.Split('/');
            if (parts.Length != 2 || !int.TryParse(parts[0].AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var retries) || retries < 1)
            {
                throw Invalid(text, "the retry count after R must be a whole number of at least 1, followed by /duration");
            }

            return new RetryCycle(retries, [ToTimeSpan(parts[1], text)]);
        }

        var intervals = trimmed.Split(',').Select(p => ToTimeSpan(p.Trim(), text)).ToArray();
        return new RetryCycle(intervals.Length, intervals);
    }

    /// <summary>
    /// The wait before the next attempt of a job that just failed while it still had <paramref name="retriesLeft"/>
    /// retries (its count before this failure is subtracted): the first failure waits <c>Intervals[0]</c>, the second
    /// <c>Intervals[1]</c>, and the last interval repeats when the list is shorter than the retries.
    /// </summary>
    public TimeSpan IntervalBefore(int retriesLeft)
    {
        if (Intervals.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var index = Math.Clamp(Retries - retriesLeft, 0, Intervals.Count - 1);
        return Intervals[index];
    }

    private static TimeSpan ToTimeSpan(string part, string original)
    {
        if (!Iso8601.TryParsePeriod(part, out var period))
        {
            throw Invalid(original, $"'{part}' is not an ISO 8601 duration");
        }

        // A retry wait is a plain length of time; months would need a calendar and an anchor that jobs do not have.
        if (!Iso8601.IsFixedLength(period))
        {
            throw Invalid(original, $"'{part}' uses months or years; use days, hours, minutes or seconds");
        }

        try
        {
            return period.ToDuration().ToTimeSpan();
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw Invalid(original, $"'{part}' is too long");
        }
    }

    private static TimerFormatException Invalid(string text, string reason) =>
        new(text, $"'{text}' is not a valid retry cycle ({reason}): expected {Expected}.");
}
