using Collections.Domain.Outreach.Policy;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Collections.Domain.Tests.Outreach;

public sealed class ContactPolicyTests
{
    private readonly ContactPolicy _policy = new(Options.Create(new ContactPolicyOptions()));

    private static Instant At(string iso) => InstantPattern.ExtendedIso.Parse(iso).Value;

    private static Instant Local(string zone, int year, int month, int day, int hour, int minute) =>
        DateTimeZoneProviders.Tzdb[zone].AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    [Fact]
    public void Decide_InsideHours_Allowed()
    {
        var request = new ContactRequest("email", "MX", "America/Mexico_City", Local("America/Mexico_City", 2026, 3, 10, 9, 0));

        var decision = _policy.Decide(request);

        Assert.IsType<ContactDecision.Allowed>(decision);
    }

    [Fact]
    public void Decide_SixThirtyLocalInMexico_DeferredToSevenSameDay()
    {
        var request = new ContactRequest("email", "MX", "America/Mexico_City", At("2026-03-10T12:30:00Z")); // 06:30 CST

        var decision = _policy.Decide(request);

        var deferred = Assert.IsType<ContactDecision.DeferredUntil>(decision);
        Assert.Equal(At("2026-03-10T13:00:00Z"), deferred.Until); // 07:00 CST, the Mexican profile's start
        Assert.Equal(ContactReasons.OutsideHours, deferred.Reason);
    }

    [Fact]
    public void Decide_SixThirtyOnDstStartDay_DeferredToEightDaylightTime()
    {
        // New York moves to EDT at 02:00 on 2026-03-08: 06:30 EDT is 10:30Z, 08:00 EDT is 12:00Z (not 13:00Z as in EST).
        var request = new ContactRequest("email", "US", "America/New_York", At("2026-03-08T10:30:00Z"));

        var decision = _policy.Decide(request);

        Assert.Equal(At("2026-03-08T12:00:00Z"), Assert.IsType<ContactDecision.DeferredUntil>(decision).Until);
    }

    [Fact]
    public void Decide_LateEveningBeforeDstStart_DeferredToEightLocalNextMorning()
    {
        // 22:00 EST on Saturday 2026-03-07 (03:00Z); the night loses an hour, 08:00 EDT on Sunday is 12:00Z: 9 hours later.
        var request = new ContactRequest("sms", "US", "America/New_York", At("2026-03-08T03:00:00Z"));

        var decision = _policy.Decide(request);

        Assert.Equal(At("2026-03-08T12:00:00Z"), Assert.IsType<ContactDecision.DeferredUntil>(decision).Until);
    }

    [Fact]
    public void Decide_SixThirtyAfterDstEnd_DeferredToNineStandardTime()
    {
        // Madrid leaves CEST on Sunday 2026-10-25 (no contact on Sundays in Spain): 09:00 CET on Monday is 08:00Z.
        var request = new ContactRequest("email", "ES", "Europe/Madrid", At("2026-10-25T05:30:00Z"));

        var decision = _policy.Decide(request);

        Assert.Equal(At("2026-10-26T08:00:00Z"), Assert.IsType<ContactDecision.DeferredUntil>(decision).Until);
    }

    [Fact]
    public void Decide_DebtorInTokyo_UsesDebtorZoneNotUtc()
    {
        // 23:00Z is 08:00 next day in Tokyo: allowed there, although it is night in the server's UTC.
        var allowed = _policy.Decide(new ContactRequest("email", "JP", "Asia/Tokyo", At("2026-03-10T23:00:00Z")));
        var early = _policy.Decide(new ContactRequest("email", "JP", "Asia/Tokyo", At("2026-03-10T21:30:00Z"))); // 06:30 JST

        Assert.IsType<ContactDecision.Allowed>(allowed);
        Assert.Equal(At("2026-03-10T23:00:00Z"), Assert.IsType<ContactDecision.DeferredUntil>(early).Until);
    }

    [Fact]
    public void Decide_ColombiaSunday_DeferredToMondaySeven()
    {
        var request = new ContactRequest("email", "CO", "America/Bogota", Local("America/Bogota", 2026, 3, 8, 10, 0)); // Sunday

        var decision = _policy.Decide(request);

        Assert.Equal(Local("America/Bogota", 2026, 3, 9, 7, 0), Assert.IsType<ContactDecision.DeferredUntil>(decision).Until);
    }

    [Fact]
    public void Decide_ColombiaSundayBeforeHolidayMonday_DeferredToTuesdaySeven()
    {
        // 2026-03-23 (San José) is a Colombian public holiday.
        var request = new ContactRequest("email", "CO", "America/Bogota", Local("America/Bogota", 2026, 3, 22, 10, 0));

        var decision = _policy.Decide(request);

        Assert.Equal(Local("America/Bogota", 2026, 3, 24, 7, 0), Assert.IsType<ContactDecision.DeferredUntil>(decision).Until);
    }

    [Fact]
    public void Decide_ColombiaSaturdayAfternoon_DeferredToMondaySeven()
    {
        var request = new ContactRequest("phone", "CO", "America/Bogota", Local("America/Bogota", 2026, 3, 14, 15, 0)); // window ends 15:00

        var decision = _policy.Decide(request);

        Assert.Equal(Local("America/Bogota", 2026, 3, 16, 7, 0), Assert.IsType<ContactDecision.DeferredUntil>(decision).Until);
    }

    [Fact]
    public void Decide_EighthCallInSevenDays_DeferredUntilOldestCallAges()
    {
        var now = Local("America/Mexico_City", 2026, 3, 10, 10, 0);
        var calls = Enumerable.Range(0, 7).Select(i => now - Duration.FromHours(20 * (i + 1))).ToList(); // 7 calls in the last 6 days

        var decision = _policy.Decide(new ContactRequest("phone", "MX", "America/Mexico_City", now, RecentCalls: calls));

        var deferred = Assert.IsType<ContactDecision.DeferredUntil>(decision);
        Assert.Equal(ContactReasons.CallCap, deferred.Reason);
        Assert.Equal(calls.Min() + Duration.FromDays(7), deferred.Until);
    }

    [Fact]
    public void Decide_SeventhCallInSevenDays_Allowed()
    {
        var now = Local("America/Mexico_City", 2026, 3, 10, 10, 0);
        var calls = Enumerable.Range(0, 6).Select(i => now - Duration.FromHours(20 * (i + 1))).ToList();

        var decision = _policy.Decide(new ContactRequest("phone", "MX", "America/Mexico_City", now, RecentCalls: calls));

        Assert.IsType<ContactDecision.Allowed>(decision);
    }

    [Fact]
    public void Decide_SecondCallAfterConversation_DeferredSevenDaysFromConversation()
    {
        var now = Local("America/Mexico_City", 2026, 3, 10, 10, 0);
        var talked = now - Duration.FromDays(2);

        var decision = _policy.Decide(new ContactRequest("phone", "MX", "America/Mexico_City", now,
            RecentCalls: [talked, now - Duration.FromDays(1)], LastConversationAt: talked));

        var deferred = Assert.IsType<ContactDecision.DeferredUntil>(decision);
        Assert.Equal(ContactReasons.AfterConversation, deferred.Reason);
        Assert.Equal(talked + Duration.FromDays(7), deferred.Until);
    }

    [Fact]
    public void Decide_DisputeOpen_EmailPaused()
    {
        var now = Local("America/Mexico_City", 2026, 3, 10, 10, 0);

        var decision = _policy.Decide(new ContactRequest("email", "MX", "America/Mexico_City", now, DisputeOpen: true));

        var deferred = Assert.IsType<ContactDecision.DeferredUntil>(decision);
        Assert.Equal(ContactReasons.DisputeOpen, deferred.Reason);
        Assert.True(deferred.Until > now);
    }

    [Fact]
    public void Decide_OptedOutOfChannel_Refused()
    {
        var now = Local("America/Mexico_City", 2026, 3, 10, 10, 0);
        var optOuts = new HashSet<string> { "sms" };

        var sms = _policy.Decide(new ContactRequest("sms", "MX", "America/Mexico_City", now, OptedOutChannels: optOuts));
        var email = _policy.Decide(new ContactRequest("email", "MX", "America/Mexico_City", now, OptedOutChannels: optOuts));

        Assert.Equal(ContactReasons.OptOut, Assert.IsType<ContactDecision.Refused>(sms).Reason);
        Assert.IsType<ContactDecision.Allowed>(email);
    }
}
