using Collections.Domain.Outreach.Policy;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Collections.Domain.Tests.Outreach.Policy;

/// <summary>The shipped country profiles, judged purely (no database): the instant and the history are passed in.</summary>
public sealed class CountryProfileTests
{
    private const string Bogota = "America/Bogota";
    private const string NewYork = "America/New_York";
    private readonly ContactPolicy _policy = new(Options.Create(new ContactPolicyOptions()));

    private static Instant Local(string zone, int year, int month, int day, int hour, int minute = 0) =>
        DateTimeZoneProviders.Tzdb[zone].AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    private static ContactDecision.DeferredUntil Deferred(ContactDecision decision) => Assert.IsType<ContactDecision.DeferredUntil>(decision);

    [Fact]
    public void Decide_ColombiaSecondEmailSameDay_DeferredToNextMorning()
    {
        var sent = Local(Bogota, 2026, 3, 10, 9); // Tuesday
        var now = Local(Bogota, 2026, 3, 10, 15);

        var decision = _policy.Decide(new ContactRequest("email", "CO", Bogota, now, History: [new PastContact("email", sent)]));

        var deferred = Deferred(decision);
        Assert.Equal(Local(Bogota, 2026, 3, 11, 7), deferred.Until);
        Assert.Equal(ContactReasons.ContactCap, deferred.Reason);
        Assert.Equal("CO", deferred.Profile);
        Assert.Equal("day", deferred.Rule!.Arguments["period"]);
        Assert.Equal("1", deferred.Rule.Arguments["max"]);
    }

    [Fact]
    public void Decide_ColombiaSecondCallSameDayOnAnotherDebt_DeferredToNextMorning()
    {
        // Ley 2300 counts contacts with the consumer, not per debt: a call about another invoice counts.
        var called = Local(Bogota, 2026, 3, 10, 8);
        var now = Local(Bogota, 2026, 3, 10, 11);

        var decision = _policy.Decide(new ContactRequest("phone", "CO", Bogota, now, History: [new PastContact("phone", called, SameDebt: false)]));

        Assert.Equal(Local(Bogota, 2026, 3, 11, 7), Deferred(decision).Until);
    }

    [Fact]
    public void Decide_ColombiaSmsAfterEmailSameWeek_DeferredToNextWorkingMonday()
    {
        // E-mail on Monday 16 March 2026; an SMS on Wednesday waits for the next week, whose Monday 23 March is a holiday.
        var emailed = Local(Bogota, 2026, 3, 16, 9);
        var now = Local(Bogota, 2026, 3, 18, 10);

        var decision = _policy.Decide(new ContactRequest("sms", "CO", Bogota, now, History: [new PastContact("email", emailed)]));

        var deferred = Deferred(decision);
        Assert.Equal(ContactReasons.ChannelPerWeek, deferred.Reason);
        Assert.Equal("email", deferred.Rule!.Arguments["used"]);
        Assert.Equal(Local(Bogota, 2026, 3, 24, 7), deferred.Until);
    }

    [Fact]
    public void Decide_ColombiaSameChannelNextDay_Allowed()
    {
        var emailed = Local(Bogota, 2026, 3, 16, 9);

        var decision = _policy.Decide(new ContactRequest("email", "CO", Bogota, Local(Bogota, 2026, 3, 17, 9), History: [new PastContact("email", emailed)]));

        Assert.IsType<ContactDecision.Allowed>(decision);
        Assert.Equal("CO", decision.Profile);
    }

    [Fact]
    public void Decide_ColombiaSaturdayAfternoon_OutsideHoursNamesSaturdayWindow()
    {
        var decision = _policy.Decide(new ContactRequest("phone", "CO", Bogota, Local(Bogota, 2026, 3, 14, 15, 30)));

        var deferred = Deferred(decision);
        Assert.Equal(ContactReasons.OutsideHours, deferred.Reason);
        Assert.Equal("Saturday", deferred.Rule!.Arguments["day"]);
        Assert.Equal("08:00-15:00", deferred.Rule.Arguments["window"]);
        Assert.Equal(Local(Bogota, 2026, 3, 16, 7), deferred.Until);
    }

    [Fact]
    public void Decide_ColombiaSunday_NoContactDay()
    {
        var decision = _policy.Decide(new ContactRequest("email", "CO", Bogota, Local(Bogota, 2027, 1, 10, 11)));

        var deferred = Deferred(decision);
        Assert.Equal(ContactReasons.NoContactDay, deferred.Reason);
        Assert.Equal(Local(Bogota, 2027, 1, 12, 7), deferred.Until); // Monday 11 January 2027 is a moved holiday
    }

    [Fact]
    public void Decide_ColombiaMovedHolidayMonday2027_DeferredToTuesday()
    {
        var decision = _policy.Decide(new ContactRequest("phone", "CO", Bogota, Local(Bogota, 2027, 1, 11, 10)));

        var deferred = Deferred(decision);
        Assert.Equal(ContactReasons.Holiday, deferred.Reason);
        Assert.Equal("2027-01-11", deferred.Rule!.Arguments["date"]);
        Assert.Equal(Local(Bogota, 2027, 1, 12, 7), deferred.Until);
    }

    [Fact]
    public void Decide_ExtraHolidayInConfiguration_Deferred()
    {
        var options = new ContactPolicyOptions();
        options.Profiles["CO"].ExtraHolidays.Add("2027-01-13");
        var policy = new ContactPolicy(Options.Create(options));

        var decision = policy.Decide(new ContactRequest("phone", "CO", Bogota, Local(Bogota, 2027, 1, 13, 10)));

        Assert.Equal(ContactReasons.Holiday, Deferred(decision).Reason);
        Assert.Equal(Local(Bogota, 2027, 1, 14, 7), Deferred(decision).Until);
    }

    [Fact]
    public void Decide_HolidayRemovedInConfiguration_Allowed()
    {
        var options = new ContactPolicyOptions();
        options.Profiles["CO"].RemovedHolidays.Add("2027-01-11");
        var policy = new ContactPolicy(Options.Create(options));

        var decision = policy.Decide(new ContactRequest("phone", "CO", Bogota, Local(Bogota, 2027, 1, 11, 10)));

        Assert.IsType<ContactDecision.Allowed>(decision);
    }

    [Fact]
    public void Decide_UnitedStatesFirstCallWithinSevenDaysAfterConversation_Deferred()
    {
        // Regulation F 1006.14(b)(2)(ii): no call within 7 days after a telephone conversation about the debt.
        var talked = Local(NewYork, 2026, 3, 10, 10);
        var now = Local(NewYork, 2026, 3, 12, 10);

        var decision = _policy.Decide(new ContactRequest("phone", "US", NewYork, now,
            LastConversationAt: talked, History: [new PastContact("phone", talked)]));

        var deferred = Deferred(decision);
        Assert.Equal(ContactReasons.AfterConversation, deferred.Reason);
        Assert.Equal(talked + Duration.FromDays(7), deferred.Until);
        Assert.Equal("0", deferred.Rule!.Arguments["maxCalls"]);
    }

    [Fact]
    public void Decide_UnitedStatesEmailAfterConversation_Allowed()
    {
        var talked = Local(NewYork, 2026, 3, 10, 10);

        var decision = _policy.Decide(new ContactRequest("email", "US", NewYork, Local(NewYork, 2026, 3, 12, 10), LastConversationAt: talked));

        Assert.IsType<ContactDecision.Allowed>(decision);
    }

    [Fact]
    public void Decide_UnitedStatesEighthCallInSevenDays_DeferredByCallCap()
    {
        var now = Local(NewYork, 2026, 3, 10, 10);
        var calls = Enumerable.Range(1, 7).Select(i => new PastContact("phone", now - Duration.FromHours(20 * i))).ToList();

        var decision = _policy.Decide(new ContactRequest("phone", "US", NewYork, now, History: calls));

        var deferred = Deferred(decision);
        Assert.Equal(ContactReasons.CallCap, deferred.Reason);
        Assert.Equal("7", deferred.Rule!.Arguments["max"]);
        Assert.Equal(calls.Min(c => c.At) + Duration.FromDays(7), deferred.Until);
    }

    [Fact]
    public void Decide_UnitedStatesCallsAboutOtherDebts_NotCounted()
    {
        // The 7-in-7 presumption is per debt (1006.14(b)(2)(i)).
        var now = Local(NewYork, 2026, 3, 10, 10);
        var calls = Enumerable.Range(1, 7).Select(i => new PastContact("phone", now - Duration.FromHours(20 * i), SameDebt: false)).ToList();

        var decision = _policy.Decide(new ContactRequest("phone", "US", NewYork, now, History: calls));

        Assert.IsType<ContactDecision.Allowed>(decision);
    }

    [Fact]
    public void Decide_UnitedStatesSmsWithoutRecordedConsent_Refused()
    {
        var now = Local(NewYork, 2026, 3, 10, 10);

        var refused = _policy.Decide(new ContactRequest("sms", "US", NewYork, now, ConsentedChannels: new HashSet<string> { "email" }));
        var consented = _policy.Decide(new ContactRequest("sms", "US", NewYork, now, ConsentedChannels: new HashSet<string> { "sms" }));

        Assert.Equal(ContactReasons.ConsentMissing, Assert.IsType<ContactDecision.Refused>(refused).Reason);
        Assert.IsType<ContactDecision.Allowed>(consented);
    }

    [Fact]
    public void Decide_MadridOnDstStartSunday_DeferredToMondayNineSummerTime()
    {
        // Spain moves to CEST on Sunday 29 March 2026; no contact on Sundays, and 09:00 CEST on Monday is 07:00Z.
        var now = InstantPattern.ExtendedIso.Parse("2026-03-29T10:00:00Z").Value;

        var decision = _policy.Decide(new ContactRequest("email", "ES", "Europe/Madrid", now));

        var deferred = Deferred(decision);
        Assert.Equal(ContactReasons.NoContactDay, deferred.Reason);
        Assert.Equal(InstantPattern.ExtendedIso.Parse("2026-03-30T07:00:00Z").Value, deferred.Until);
    }

    [Fact]
    public void Decide_SpainNationalHoliday_DeferredToNextDay()
    {
        var decision = _policy.Decide(new ContactRequest("phone", "ES", "Europe/Madrid", Local("Europe/Madrid", 2026, 12, 8, 11))); // Inmaculada, Tuesday

        Assert.Equal(ContactReasons.Holiday, Deferred(decision).Reason);
        Assert.Equal(Local("Europe/Madrid", 2026, 12, 9, 9), Deferred(decision).Until);
    }

    [Fact]
    public void Decide_CountryWithoutProfile_DefaultProfile()
    {
        var decision = _policy.Decide(new ContactRequest("email", "JP", "Asia/Tokyo", Local("Asia/Tokyo", 2026, 3, 11, 7)));

        Assert.Equal(ContactPolicyOptions.DefaultProfile, Deferred(decision).Profile);
    }

    [Fact]
    public void FooterFor_UnitedStates_InDebtorLanguage()
    {
        Assert.StartsWith("To stop", _policy.FooterFor("US", "en"));
        Assert.StartsWith("Para dejar", _policy.FooterFor("US", "es-CO"));
        Assert.Null(_policy.FooterFor("MX", "es"));
    }

    [Fact]
    public void Validate_BadWindowOrCalendar_FailsNamingProfile()
    {
        var options = new ContactPolicyOptions();
        options.Profiles["CO"].Hours["Monday"] = "19:00-07:00";
        options.Profiles["MX"].HolidayCalendar = "XX";

        var result = new ContactPolicyOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("'CO'") && f.Contains("19:00-07:00"));
        Assert.Contains(result.Failures!, f => f.Contains("'MX'") && f.Contains("XX"));
    }
}
