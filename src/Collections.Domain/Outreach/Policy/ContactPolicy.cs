using System.Globalization;
using Collections.Domain.Debtors;
using Collections.Domain.Outreach.Holidays;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// Applied before every outbound contact, automatic or manual (docs/playbook.md, "Contact rules"). Pure and
/// deterministic: the moment and the history come in the request. The debtor's country picks the profile. Order:
/// opt-out and missing consent (refused), open dispute (paused), then the rules that defer — after a conversation,
/// caps, one channel a week, holidays and days without contact, hours — each in the debtor's IANA zone. The decision
/// names the first rule that blocks now; the next allowed moment satisfies all of them at once. Local times map back
/// with NodaTime's lenient resolver, so a DST change moves the instant, never the local 08:00.
/// </summary>
public sealed class ContactPolicy
{
    private const int SearchDays = 400;
    private const int MaxRounds = 64;
    private static readonly Duration Week = Duration.FromDays(7);

    private readonly ContactPolicyOptions _options;
    private readonly Dictionary<string, CompiledProfile> _profiles;

    public ContactPolicy(IOptions<ContactPolicyOptions> options, HolidayCalendars? holidays = null)
    {
        _options = options.Value;
        var calendars = holidays ?? new HolidayCalendars();
        _profiles = _options.Profiles.ToDictionary(p => p.Key, p => CompiledProfile.From(p.Key, p.Value, calendars), StringComparer.OrdinalIgnoreCase);
        if (!_profiles.ContainsKey(ContactPolicyOptions.DefaultProfile))
        {
            throw new InvalidOperationException($"Contact policy needs a '{ContactPolicyOptions.DefaultProfile}' profile.");
        }
    }

    /// <summary>The profiles in force, by name (country code or <c>default</c>).</summary>
    public IReadOnlyDictionary<string, ContactProfile> Profiles => _profiles.ToDictionary(p => p.Key, p => p.Value.Source, StringComparer.OrdinalIgnoreCase);

    /// <summary>The name of the profile a debtor of <paramref name="country"/> gets.</summary>
    public string ProfileNameFor(string? country) =>
        country is not null && _profiles.TryGetValue(country, out var found) ? found.Name : ContactPolicyOptions.DefaultProfile;

    /// <summary>The opt-out line every e-mail and SMS to a debtor of <paramref name="country"/> ends with, or null.</summary>
    public string? FooterFor(string? country, string? language) => _profiles[ProfileNameFor(country)].Source.Footer.For(language);

    /// <summary>Whether reminders to a debtor of <paramref name="country"/> due the same day go as one statement.</summary>
    public bool ConsolidatesStatements(string? country) => _profiles[ProfileNameFor(country)].Source.ConsolidateStatements;

    /// <summary>Whether <paramref name="date"/> is a holiday of the profile of <paramref name="country"/>.</summary>
    public bool IsHoliday(string? country, LocalDate date) => _profiles[ProfileNameFor(country)].IsHoliday(date);

    public ContactDecision Decide(ContactRequest request)
    {
        var profile = _profiles[ProfileNameFor(request.Country)];
        var name = profile.Name;
        if (request.OptedOutChannels?.Contains(request.Channel) == true)
        {
            return new ContactDecision.Refused(ContactReasons.OptOut) { Profile = name, Rule = ContactRule.Of(ContactReasons.OptOut, name, ("channel", request.Channel)) };
        }

        if (request.ConsentedChannels is { } consented && profile.Source.ConsentChannels.Contains(request.Channel, StringComparer.OrdinalIgnoreCase)
            && !consented.Contains(request.Channel))
        {
            return new ContactDecision.Refused(ContactReasons.ConsentMissing) { Profile = name, Rule = ContactRule.Of(ContactReasons.ConsentMissing, name, ("channel", request.Channel)) };
        }

        if (request.DisputeOpen)
        {
            return new ContactDecision.DeferredUntil(request.Now + Duration.FromTimeSpan(_options.DisputeRecheckInterval), ContactReasons.DisputeOpen)
            {
                Profile = name, Rule = ContactRule.Of(ContactReasons.DisputeOpen, name),
            };
        }

        var judge = new Judge(profile, request, ZoneOf(request.TimeZoneId));
        if (judge.Block(request.Now) is not { } blocked) return new ContactDecision.Allowed { Profile = name };
        return new ContactDecision.DeferredUntil(judge.Settle(blocked.Earliest), blocked.Rule.Code) { Profile = name, Rule = blocked.Rule };
    }

    private DateTimeZone ZoneOf(string? id) =>
        (id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)) ?? DateTimeZoneProviders.Tzdb[_options.DefaultTimeZone];

    /// <summary>The rules of one profile applied to one request.</summary>
    private sealed class Judge(CompiledProfile profile, ContactRequest request, DateTimeZone zone)
    {
        private readonly IReadOnlyList<PastContact> _history = request.History
            ?? [.. (request.RecentCalls ?? []).Select(c => new PastContact(ContactChannels.Phone, c))];

        private string Name => profile.Name;

        private ContactProfile Rules => profile.Source;

        /// <summary>The first rule that stops a contact at <paramref name="at"/>, with the earliest moment it lets go.</summary>
        public (ContactRule Rule, Instant Earliest)? Block(Instant at) =>
            AfterConversation(at) ?? Caps(at) ?? ChannelPerWeek(at) ?? Calendar(at);

        /// <summary>From <paramref name="from"/>, the first moment no rule blocks (each rule only ever moves it later).</summary>
        public Instant Settle(Instant from)
        {
            var at = from;
            for (var round = 0; round < MaxRounds; round++)
            {
                if (Block(at) is not { } blocked) return at;
                at = blocked.Earliest > at ? blocked.Earliest : throw new InvalidOperationException($"Contact profile '{Name}': rule {blocked.Rule.Code} does not move forward.");
            }

            throw new InvalidOperationException($"Contact profile '{Name}': no allowed moment found after {MaxRounds} rounds; check its rules.");
        }

        private (ContactRule, Instant)? AfterConversation(Instant at)
        {
            var rule = Rules.AfterConversation;
            if (request.Channel != ContactChannels.Phone || rule.Days <= 0 || request.LastConversationAt is not { } talked) return null;
            var ends = talked + Duration.FromDays(rule.Days);
            if (talked > at || ends <= at) return null;
            var since = _history.Count(c => c.Channel == ContactChannels.Phone && c.SameDebt && c.At > talked && c.At <= at);
            if (since < rule.MaxCalls) return null;
            return (ContactRule.Of(ContactReasons.AfterConversation, Name, ("conversationAt", InstantPattern.General.Format(talked)),
                ("days", Text(rule.Days)), ("maxCalls", Text(rule.MaxCalls))), ends);
        }

        private (ContactRule, Instant)? Caps(Instant at)
        {
            foreach (var cap in Rules.Caps)
            {
                var any = cap.Channel == ContactCapPeriods.AnyChannel;
                if (!any && cap.Channel != request.Channel) continue;
                var counted = _history.Where(c => (any || c.Channel == cap.Channel) && (!cap.PerDebt || c.SameDebt) && c.At <= at);
                if (CapFull(cap, counted, at) is not { } earliest) continue;
                var code = cap.Channel == ContactChannels.Phone ? ContactReasons.CallCap : ContactReasons.ContactCap;
                return (ContactRule.Of(code, Name, ("channel", cap.Channel), ("period", cap.Period), ("max", Text(cap.Max))), earliest);
            }

            return null;
        }

        /// <summary>When the cap is full at <paramref name="at"/>, the moment it has room again.</summary>
        private Instant? CapFull(ContactCap cap, IEnumerable<PastContact> counted, Instant at)
        {
            var today = at.InZone(zone).Date;
            switch (cap.Period)
            {
                case ContactCapPeriods.Day:
                    return counted.Count(c => c.At.InZone(zone).Date == today) >= cap.Max ? zone.AtStartOfDay(today.PlusDays(1)).ToInstant() : null;
                case ContactCapPeriods.CalendarWeek:
                    var monday = WeekStart(today);
                    return counted.Count(c => WeekStart(c.At.InZone(zone).Date) == monday) >= cap.Max ? zone.AtStartOfDay(monday.PlusWeeks(1)).ToInstant() : null;
                default:
                    // The rolling window frees a slot when the oldest contact that keeps it full turns 7 days old.
                    var inWindow = counted.Where(c => c.At > at - Week).Select(c => c.At).Order().ToList();
                    return inWindow.Count >= cap.Max ? inWindow[inWindow.Count - cap.Max] + Week : null;
            }
        }

        private (ContactRule, Instant)? ChannelPerWeek(Instant at)
        {
            var max = Rules.MaxChannelsPerCalendarWeek;
            if (max <= 0) return null;
            var monday = WeekStart(at.InZone(zone).Date);
            var used = _history.Where(c => c.At <= at && WeekStart(c.At.InZone(zone).Date) == monday).Select(c => c.Channel)
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            if (used.Contains(request.Channel, StringComparer.OrdinalIgnoreCase) || used.Count < max) return null;
            return (ContactRule.Of(ContactReasons.ChannelPerWeek, Name, ("used", string.Join(",", used)), ("max", Text(max))),
                zone.AtStartOfDay(monday.PlusWeeks(1)).ToInstant());
        }

        /// <summary>Holidays, days without contact and hours: the first instant at or after <paramref name="at"/> inside a window.</summary>
        private (ContactRule, Instant)? Calendar(Instant at)
        {
            var local = at.InZone(zone).LocalDateTime;
            for (var day = 0; day < SearchDays; day++)
            {
                var date = local.Date.PlusDays(day);
                if (profile.WindowOn(date) is not { } window) continue;
                var start = zone.ResolveLocal(date + window.Start, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();
                var end = zone.ResolveLocal(date + window.End, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();
                if (at < start) return (Why(local.Date), start);
                if (at < end) return null;
            }

            throw new InvalidOperationException($"Contact profile '{Name}': no allowed contact time within {SearchDays} days in zone {zone.Id}.");
        }

        private ContactRule Why(LocalDate today)
        {
            if (profile.IsHoliday(today) && profile.WindowOf(today.DayOfWeek) is not null)
            {
                return ContactRule.Of(ContactReasons.Holiday, Name, ("date", LocalDatePattern.Iso.Format(today)));
            }

            return profile.WindowOf(today.DayOfWeek) is { } window
                ? ContactRule.Of(ContactReasons.OutsideHours, Name, ("day", today.DayOfWeek.ToString()), ("window", CompiledProfile.Format(window)))
                : ContactRule.Of(ContactReasons.NoContactDay, Name, ("day", today.DayOfWeek.ToString()));
        }

        private static LocalDate WeekStart(LocalDate date) => date.DayOfWeek == IsoDayOfWeek.Monday ? date : date.Previous(IsoDayOfWeek.Monday);

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
