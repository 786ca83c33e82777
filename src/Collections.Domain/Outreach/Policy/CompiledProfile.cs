using System.Globalization;
using Collections.Domain.Outreach.Holidays;
using NodaTime;
using NodaTime.Text;

namespace Collections.Domain.Outreach.Policy;

/// <summary>A <see cref="ContactProfile"/> parsed once: windows per weekday, holiday overrides, caps.</summary>
internal sealed class CompiledProfile
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private readonly (LocalTime Start, LocalTime End)?[] _byDay = new (LocalTime, LocalTime)?[8]; // IsoDayOfWeek 1..7
    private readonly HashSet<LocalDate> _extra;
    private readonly HashSet<LocalDate> _removed;
    private readonly HolidayCalendars _calendars;

    private CompiledProfile(string name, ContactProfile source, HolidayCalendars calendars)
    {
        (Name, Source, _calendars) = (name, source, calendars);
        _extra = source.ExtraHolidays.Select(d => Date(name, d)).ToHashSet();
        _removed = source.RemovedHolidays.Select(d => Date(name, d)).ToHashSet();
        foreach (var (day, text) in source.Hours)
        {
            if (!Enum.TryParse<IsoDayOfWeek>(day, true, out var weekday) || weekday == IsoDayOfWeek.None || int.TryParse(day, out _))
            {
                throw new FormatException($"Contact profile '{name}': '{day}' is not a weekday name (Monday..Sunday).");
            }

            _byDay[(int)weekday] = Window(name, text);
        }

        if (_byDay.All(w => w is null)) throw new FormatException($"Contact profile '{name}' allows no hours on any day.");
        if (source.HolidayCalendar.Length > 0 && !HolidayCalendars.IsSupported(source.HolidayCalendar))
        {
            throw new FormatException($"Contact profile '{name}': no holiday calendar '{source.HolidayCalendar}'; use one of {string.Join(", ", HolidayCalendars.Supported)} or leave it empty.");
        }

        foreach (var cap in source.Caps)
        {
            if (!ContactCapPeriods.All.Contains(cap.Period) || cap.Max < 1 || string.IsNullOrWhiteSpace(cap.Channel))
            {
                throw new FormatException($"Contact profile '{name}': a cap needs a channel, a period ({string.Join(", ", ContactCapPeriods.All)}) and a max of 1 or more.");
            }
        }

        if (source.AfterConversation.Days < 0 || source.AfterConversation.MaxCalls < 0 || source.MaxChannelsPerCalendarWeek < 0)
        {
            throw new FormatException($"Contact profile '{name}': day and call counts cannot be negative.");
        }
    }

    public string Name { get; }

    public ContactProfile Source { get; }

    public static CompiledProfile From(string name, ContactProfile profile, HolidayCalendars calendars) => new(name, profile, calendars);

    /// <summary>The window of <paramref name="date"/>, or null on a holiday or a day without one.</summary>
    public (LocalTime Start, LocalTime End)? WindowOn(LocalDate date) => IsHoliday(date) ? null : _byDay[(int)date.DayOfWeek];

    /// <summary>The configured window of a weekday, ignoring holidays.</summary>
    public (LocalTime Start, LocalTime End)? WindowOf(IsoDayOfWeek day) => _byDay[(int)day];

    public bool IsHoliday(LocalDate date) =>
        _extra.Contains(date)
        || (Source.HolidayCalendar.Length > 0 && !_removed.Contains(date) && _calendars.IsHoliday(Source.HolidayCalendar, date));

    public static string Format((LocalTime Start, LocalTime End) window) =>
        TimePattern.Format(window.Start) + "-" + TimePattern.Format(window.End);

    private static LocalDate Date(string name, string text) => LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } parsed
        ? parsed.Value
        : throw new FormatException($"Contact profile '{name}': '{text}' is not an ISO date (2027-01-11).");

    private static (LocalTime, LocalTime)? Window(string name, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TimePattern.Parse(parts[0]).TryGetValue(default, out var start)
            || !TimePattern.Parse(parts[1]).TryGetValue(default, out var end) || end <= start)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Contact profile '{name}': window '{text}' must be 'HH:mm-HH:mm' with start before end."));
        }

        return (start, end);
    }
}
