namespace Collections.Server.Apis.Staff.ContactProfiles;

/// <summary>
/// One contact profile as admins see it: hours per weekday (null: no contact), the computed holidays of this year and
/// the next (overrides applied), caps, the one-channel-a-week limit (0: none), the after-conversation rule, the
/// channels that need consent and the opt-out footer per language.
/// </summary>
public sealed record ContactProfileDto(
    string Name, string Source, IReadOnlyList<ContactWindowDto> Hours, string? HolidayCalendar, IReadOnlyList<string> Holidays,
    IReadOnlyList<string> ExtraHolidays, IReadOnlyList<string> RemovedHolidays, IReadOnlyList<ContactCapDto> Caps, int MaxChannelsPerCalendarWeek,
    int AfterConversationDays, int AfterConversationMaxCalls, IReadOnlyList<string> ConsentChannels, string FooterEs, string FooterEn);

/// <summary>The window of one weekday, <c>HH:mm-HH:mm</c>, or null for no contact.</summary>
public sealed record ContactWindowDto(string Day, string? Window);

/// <summary>A cap: at most <see cref="Max"/> contacts on <see cref="Channel"/> (<c>any</c>: all) per <see cref="Period"/>, per debt or per debtor.</summary>
public sealed record ContactCapDto(string Channel, string Period, int Max, bool PerDebt);
