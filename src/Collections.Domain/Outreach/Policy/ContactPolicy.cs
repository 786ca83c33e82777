using System.Globalization;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// Applied before every outbound contact (issue 6 §5). Pure and deterministic: the moment comes in the request.
/// Order: opt-out (refused), open dispute (paused), call caps, then allowed hours in the debtor's IANA zone. Hours are
/// computed on local dates and times and mapped back with NodaTime's lenient resolver, so a DST change moves the
/// instant, never the local 08:00.
/// </summary>
public sealed class ContactPolicy
{
    private const int SearchDays = 31;
    private static readonly Duration Week = Duration.FromDays(7);

    private readonly ContactPolicyOptions _options;
    private readonly CompiledRules _default;
    private readonly Dictionary<string, CompiledRules> _countries;

    public ContactPolicy(IOptions<ContactPolicyOptions> options)
    {
        _options = options.Value;
        _default = CompiledRules.From("default", _options.Default);
        _countries = _options.Countries.ToDictionary(c => c.Key, c => CompiledRules.From(c.Key, c.Value), StringComparer.OrdinalIgnoreCase);
    }

    public ContactDecision Decide(ContactRequest request)
    {
        if (request.OptedOutChannels?.Contains(request.Channel) == true) return new ContactDecision.Refused(ContactReasons.OptOut);
        if (request.DisputeOpen)
        {
            return new ContactDecision.DeferredUntil(request.Now + Duration.FromTimeSpan(_options.DisputeRecheckInterval), ContactReasons.DisputeOpen);
        }

        var earliest = request.Now;
        string? reason = null;
        if (request.Channel == "phone" && CallCapUntil(request) is { } capped)
        {
            (earliest, reason) = capped;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(request.TimeZoneId ?? _options.DefaultTimeZone)
            ?? DateTimeZoneProviders.Tzdb[_options.DefaultTimeZone];
        var rules = request.Country is { } country && _countries.TryGetValue(country, out var found) ? found : _default;
        var allowed = rules.NextAllowed(earliest, zone);
        if (allowed == request.Now) return ContactDecision.Allow;
        return new ContactDecision.DeferredUntil(allowed, reason ?? ContactReasons.OutsideHours);
    }

    /// <summary>The moment the call caps let a new call through, when that is later than now.</summary>
    private (Instant Until, string Reason)? CallCapUntil(ContactRequest request)
    {
        var calls = (request.RecentCalls ?? []).Where(c => c > request.Now - Week && c <= request.Now).Order().ToList();
        (Instant, string)? result = null;
        if (calls.Count >= _options.MaxCallsPer7Days)
        {
            // The window frees a slot when the oldest call that keeps it full turns 7 days old.
            result = (calls[calls.Count - _options.MaxCallsPer7Days] + Week, ContactReasons.CallCap);
        }

        if (request.LastConversationAt is { } talked && talked + Week > request.Now)
        {
            var since = calls.Count(c => c > talked);
            if (since >= _options.MaxCallsAfterConversation && (result is null || result.Value.Item1 < talked + Week))
            {
                result = (talked + Week, ContactReasons.AfterConversation);
            }
        }

        return result;
    }

    /// <summary>Windows per weekday and holidays, parsed once from <see cref="ContactRules"/>.</summary>
    private sealed class CompiledRules
    {
        private readonly (LocalTime Start, LocalTime End)?[] _byDay = new (LocalTime, LocalTime)?[8]; // IsoDayOfWeek 1..7
        private readonly HashSet<LocalDate> _holidays;

        private CompiledRules(HashSet<LocalDate> holidays) => _holidays = holidays;

        public static CompiledRules From(string name, ContactRules rules)
        {
            var holidays = rules.Holidays.Select(h => LocalDatePattern.Iso.Parse(h).GetValueOrThrow()).ToHashSet();
            var compiled = new CompiledRules(holidays);
            var weekdays = Window(name, rules.Weekdays);
            for (var d = IsoDayOfWeek.Monday; d <= IsoDayOfWeek.Friday; d++) compiled._byDay[(int)d] = weekdays;
            compiled._byDay[(int)IsoDayOfWeek.Saturday] = Window(name, rules.Saturday);
            compiled._byDay[(int)IsoDayOfWeek.Sunday] = Window(name, rules.Sunday);
            return compiled;
        }

        /// <summary>The first instant at or after <paramref name="from"/> inside an allowed window, in <paramref name="zone"/>.</summary>
        public Instant NextAllowed(Instant from, DateTimeZone zone)
        {
            var local = from.InZone(zone).LocalDateTime;
            for (var day = 0; day < SearchDays; day++)
            {
                var date = local.Date.PlusDays(day);
                if (_holidays.Contains(date) || _byDay[(int)date.DayOfWeek] is not { } window) continue;
                var start = zone.ResolveLocal(date + window.Start, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();
                var end = zone.ResolveLocal(date + window.End, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();
                if (from < start) return start;
                if (from < end) return from;
            }

            throw new InvalidOperationException($"No allowed contact time within {SearchDays} days in zone {zone.Id}; check the contact rules.");
        }

        private static (LocalTime, LocalTime)? Window(string name, string text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var parts = text.Split('-', StringSplitOptions.TrimEntries);
            var pattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
            if (parts.Length != 2 || !pattern.Parse(parts[0]).TryGetValue(default, out var start)
                || !pattern.Parse(parts[1]).TryGetValue(default, out var end) || end <= start)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Contact rules '{name}': window '{text}' must be 'HH:mm-HH:mm' with start before end."));
            }

            return (start, end);
        }
    }
}
