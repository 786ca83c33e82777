using Collections.Domain.Outreach.Holidays;
using Collections.Domain.Outreach.Policy;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;

namespace Collections.Server.Apis.Staff.ContactProfiles;

/// <summary>
/// Admins read the contact profiles in force (configuration over the shipped defaults; read-only here, changed in
/// <c>Collections:Outreach:ContactPolicy:Profiles</c>), each with its holidays of the current and the next year.
/// </summary>
public static class ContactProfilesApi
{
    public static IEndpointRouteBuilder MapContactProfilesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/admin/contact-profiles", List).WithTags("Staff admin").RequireAuthorization(StaffPolicies.Admin)
            .WithName("ListContactProfiles")
            .WithSummary("The contact rules per country: hours, holidays, caps, after-conversation rule, consent channels, footer.");
        return app;
    }

    public static Ok<IReadOnlyList<ContactProfileDto>> List(ContactPolicy policy, TimeProvider time)
    {
        var year = time.GetUtcNow().Year;
        var profiles = policy.Profiles.OrderBy(p => p.Key == ContactPolicyOptions.DefaultProfile ? 1 : 0).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => ToDto(policy, p.Key, p.Value, year)).ToList();
        return TypedResults.Ok<IReadOnlyList<ContactProfileDto>>(profiles);
    }

    private static ContactProfileDto ToDto(ContactPolicy policy, string name, ContactProfile p, int year)
    {
        var days = Enumerable.Range(1, 7).Select(d => ((IsoDayOfWeek)d).ToString())
            .Select(d => new ContactWindowDto(d, p.Hours.TryGetValue(d, out var w) && !string.IsNullOrWhiteSpace(w) ? w : null)).ToList();
        var country = name == ContactPolicyOptions.DefaultProfile ? null : name;
        var holidays = new[] { year, year + 1 }.SelectMany(y => Dates(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31)))
            .Where(d => policy.IsHoliday(country, d)).Select(LocalDatePattern.Iso.Format).ToList();
        return new ContactProfileDto(name, p.Source, days, p.HolidayCalendar.Length == 0 ? null : p.HolidayCalendar, holidays, p.ExtraHolidays, p.RemovedHolidays,
            [.. p.Caps.Select(c => new ContactCapDto(c.Channel, c.Period, c.Max, c.PerDebt))], p.MaxChannelsPerCalendarWeek,
            p.AfterConversation.Days, p.AfterConversation.MaxCalls, p.ConsentChannels, p.Footer.Es, p.Footer.En);
    }

    private static IEnumerable<LocalDate> Dates(LocalDate from, LocalDate to)
    {
        for (var d = from; d <= to; d = d.PlusDays(1)) yield return d;
    }
}
