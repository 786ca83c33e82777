using NodaTime;
using NodaTime.Text;

namespace Collections.Engine.Testing;

/// <summary>ISO 8601 durations for <c>advanceTime</c>; months and years follow the calendar from the given instant.</summary>
internal static class IsoDuration
{
    public static TimeSpan From(DateTimeOffset now, string text)
    {
        var parsed = PeriodPattern.NormalizingIso.Parse(text.Trim());
        if (!parsed.Success)
        {
            throw new ScenarioStepException($"'{text}' is not an ISO 8601 duration (e.g. P7D, PT4H, P1M)");
        }

        var start = LocalDateTime.FromDateTime(now.UtcDateTime);
        var end = start.Plus(parsed.Value).InUtc().ToDateTimeOffset();
        var delta = end - now;
        if (delta < TimeSpan.Zero)
        {
            throw new ScenarioStepException($"'{text}' is negative; the clock only moves forward");
        }

        return delta;
    }
}
