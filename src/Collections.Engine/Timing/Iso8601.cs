using Collections.Engine.Errors;
using NodaTime;
using NodaTime.Text;

namespace Collections.Engine.Timing;

/// <summary>
/// Strict ISO 8601 date-times and durations (ISO 8601-1:2019 §5.4 and §5.5.2), read with NodaTime patterns so that
/// culture-specific forms such as <c>1/2/2026</c> are never accepted by accident.
/// </summary>
internal static class Iso8601
{
    internal const string DateTimeFormats =
        "an ISO 8601 date-time such as 2026-01-05T09:00:00Z or 2026-01-05T09:00:00+01:00 (no offset means UTC)";

    internal const string DurationFormats = "an ISO 8601 duration such as PT5M, P7D, P2W, P1M or P1Y2M3DT4H";

    /// <summary>
    /// Longest timer, due-date or retry-cycle text read. 256 characters: the longest honest value, a start date-time
    /// with offset and a period with every part (<c>R/2026-01-05T09:00:00.000+01:00/P1Y2M3W4DT5H6M7.5S</c>), is under
    /// 60, and a retry list of a dozen waits under 100; a longer value (a 10 MB one fits in a BPMN file) is refused
    /// before any pattern or split looks at it.
    /// </summary>
    internal const int MaxTextLength = 256;

    /// <summary>Refuses <paramref name="value"/> when it is longer than <see cref="MaxTextLength"/>, quoting its start only.</summary>
    internal static void CheckLength(string value, string what)
    {
        if (value.Length > MaxTextLength)
        {
            throw new TimerFormatException(
                value[..40] + "…", $"The {what} starting '{value[..40]}…' is {value.Length:N0} characters long; at most {MaxTextLength} are read.");
        }
    }

    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.ExtendedIso,
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
    ];

    /// <summary>Reads a date-time; one without an offset is taken as UTC, a bare date as midnight UTC.</summary>
    internal static bool TryParseDateTime(string text, out DateTimeOffset value)
    {
        foreach (var pattern in OffsetPatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                value = result.Value.ToDateTimeOffset();
                return true;
            }
        }

        foreach (var pattern in LocalPatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                value = new DateTimeOffset(result.Value.ToDateTimeUnspecified(), TimeSpan.Zero);
                return true;
            }
        }

        var date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            value = new DateTimeOffset(date.Value.ToDateTimeUnspecified(), TimeSpan.Zero);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads a non-negative period. Lower-case letters are accepted because hand-written diagrams use them and the
    /// meaning is unambiguous.
    /// </summary>
    internal static bool TryParsePeriod(string text, out Period period)
    {
        period = Period.Zero;
        if (text.Length < 2 || (text[0] != 'P' && text[0] != 'p'))
        {
            return false;
        }

        var result = PeriodPattern.NormalizingIso.Parse(text.ToUpperInvariant());
        if (!result.Success || HasNegativePart(result.Value))
        {
            return false;
        }

        period = result.Value;
        return true;
    }

    /// <summary>
    /// Adds a period with calendar semantics in the offset of <paramref name="start"/>: 31 Jan + P1M = 28/29 Feb.
    /// Throws <see cref="ArgumentOutOfRangeException"/> or <see cref="OverflowException"/> past year 9999; callers
    /// turn that into a <see cref="TimerFormatException"/> quoting their own input.
    /// </summary>
    internal static DateTimeOffset Add(DateTimeOffset start, Period period)
    {
        var offset = Offset.FromTimeSpan(start.Offset);
        var moved = LocalDateTime.FromDateTime(start.DateTime).Plus(period);
        return new OffsetDateTime(moved, offset).ToDateTimeOffset();
    }

    /// <summary>True when the period has only fixed-length parts (no months or years), so it is a plain duration.</summary>
    internal static bool IsFixedLength(Period period) => period.Years == 0 && period.Months == 0;

    internal static bool IsZero(Period period) => period.Normalize().Equals(Period.Zero);

    private static bool HasNegativePart(Period p) =>
        p.Years < 0 || p.Months < 0 || p.Weeks < 0 || p.Days < 0 || p.Hours < 0 || p.Minutes < 0 || p.Seconds < 0
        || p.Milliseconds < 0 || p.Ticks < 0 || p.Nanoseconds < 0;
}
