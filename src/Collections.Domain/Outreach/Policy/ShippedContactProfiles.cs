using Collections.Domain.Debtors;

namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// The contact profiles the product ships (docs/playbook.md, "Contact rules", cites each rule's source). Built fresh for
/// each options instance, so configuration binding never changes another's.
/// </summary>
public static class ShippedContactProfiles
{
    private const string Phone = ContactChannels.Phone;
    private const string Any = ContactCapPeriods.AnyChannel;

    public static Dictionary<string, ContactProfile> Create() => new(StringComparer.OrdinalIgnoreCase)
    {
        [ContactPolicyOptions.DefaultProfile] = Default(),
        ["US"] = UnitedStates(),
        ["CO"] = Colombia(),
        ["MX"] = Mexico(),
        ["ES"] = Spain(),
    };

    /// <summary>House default: 08:00-21:00 every day, 7 calls per debt in 7 days, one call in the 7 days after a conversation.</summary>
    private static ContactProfile Default() => new()
    {
        Source = "House default (docs/playbook.md)",
        Hours = EveryDay("08:00-21:00"),
        Caps = [new ContactCap { Channel = Phone, Period = ContactCapPeriods.Rolling7Days, Max = 7, PerDebt = true }],
        AfterConversation = new AfterConversationRule { Days = 7, MaxCalls = 1 },
    };

    /// <summary>Regulation F (12 CFR 1006.6(b)(1)(i), 1006.14(b)(2), 1006.6(e)); TCPA consent for texts.</summary>
    private static ContactProfile UnitedStates() => new()
    {
        Source = "Regulation F, 12 CFR 1006.6(b)(1)(i), 1006.14(b)(2), 1006.6(e); TCPA 47 U.S.C. 227(b)",
        Hours = EveryDay("08:00-21:00"),
        Caps = [new ContactCap { Channel = Phone, Period = ContactCapPeriods.Rolling7Days, Max = 7, PerDebt = true }],
        AfterConversation = new AfterConversationRule { Days = 7, MaxCalls = 0 },
        ConsentChannels = [ContactChannels.Sms],
        Footer = new ContactFooter
        {
            En = "To stop receiving messages from us on this channel, reply STOP or follow the unsubscribe link.",
            Es = "Para dejar de recibir nuestros mensajes por este canal, responda STOP o use el enlace para darse de baja.",
        },
    };

    /// <summary>Ley 2300 de 2023 art. 3: weekdays 07-19, Saturday 08-15, no Sunday or holiday, once a day, one channel a week.</summary>
    private static ContactProfile Colombia() => new()
    {
        Source = "Ley 2300 de 2023, art. 2 and 3; holidays Ley 51 de 1983",
        Hours = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Monday"] = "07:00-19:00", ["Tuesday"] = "07:00-19:00", ["Wednesday"] = "07:00-19:00", ["Thursday"] = "07:00-19:00",
            ["Friday"] = "07:00-19:00", ["Saturday"] = "08:00-15:00", ["Sunday"] = "",
        },
        HolidayCalendar = "CO",
        Caps =
        [
            new ContactCap { Channel = Any, Period = ContactCapPeriods.Day, Max = 1 },
            new ContactCap { Channel = Phone, Period = ContactCapPeriods.Rolling7Days, Max = 7, PerDebt = true },
        ],
        MaxChannelsPerCalendarWeek = 1,
        AfterConversation = new AfterConversationRule { Days = 7, MaxCalls = 1 },
        ConsentChannels = [ContactChannels.Email, ContactChannels.Sms, ContactChannels.Phone, ContactChannels.WhatsApp],
        Footer = new ContactFooter
        {
            Es = "Puede revocar la autorización de este canal en cualquier momento respondiendo NO a este mensaje.",
            En = "You may withdraw your authorization for this channel at any time by replying NO to this message.",
        },
    };

    /// <summary>CONDUSEF's rules for collection agencies: 07:00-22:00 local.</summary>
    private static ContactProfile Mexico() => new()
    {
        Source = "CONDUSEF, Disposiciones de carácter general aplicables a los despachos de cobranza (2014), art. 6",
        Hours = EveryDay("07:00-22:00"),
        Caps = [new ContactCap { Channel = Phone, Period = ContactCapPeriods.Rolling7Days, Max = 7, PerDebt = true }],
        AfterConversation = new AfterConversationRule { Days = 7, MaxCalls = 1 },
    };

    /// <summary>Documented default (no statutory window for collection): Monday to Saturday 09:00-21:00, no Sunday or national holiday.</summary>
    private static ContactProfile Spain() => new()
    {
        Source = "House default for Spain (docs/playbook.md); national holidays from PublicHoliday",
        Hours = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Monday"] = "09:00-21:00", ["Tuesday"] = "09:00-21:00", ["Wednesday"] = "09:00-21:00", ["Thursday"] = "09:00-21:00",
            ["Friday"] = "09:00-21:00", ["Saturday"] = "09:00-21:00", ["Sunday"] = "",
        },
        HolidayCalendar = "ES",
        Caps = [new ContactCap { Channel = Phone, Period = ContactCapPeriods.Rolling7Days, Max = 7, PerDebt = true }],
        AfterConversation = new AfterConversationRule { Days = 7, MaxCalls = 1 },
    };

    private static Dictionary<string, string> EveryDay(string window) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = window, ["Tuesday"] = window, ["Wednesday"] = window, ["Thursday"] = window,
        ["Friday"] = window, ["Saturday"] = window, ["Sunday"] = window,
    };
}
