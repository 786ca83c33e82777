using Collections.Domain.Cases.Contracts;

namespace Collections.Domain.Outreach.Calls;

/// <summary>
/// What a collector needs on screen before a call or visit: the case's facts, the debtor with the local
/// time where they are, every contact (usable or not), the last attempts, open promises, an open dispute, and the
/// contact rules that apply right now.
/// </summary>
public sealed record CallScriptDto(
    Guid CaseId,
    string CaseStatus,
    string? Stage,
    string InvoiceNumber,
    decimal InvoiceAmount,
    decimal Balance,
    string Currency,
    DateOnly DueDate,
    int DaysOverdue,
    string? PurchaseOrderNumber,
    CallScriptDebtorDto Debtor,
    IReadOnlyList<ContactAttemptDto> LastAttempts,
    IReadOnlyList<PromiseDto> OpenPromises,
    DisputeDto? OpenDispute,
    ContactRulesNowDto Rules);

/// <summary>The debtor: <see cref="LocalNow"/> is now in <see cref="TimeZone"/>, with that zone's offset.</summary>
public sealed record CallScriptDebtorDto(
    Guid Id, string ExternalId, string Name, string Language, string Country, string TimeZone, DateTimeOffset LocalNow,
    IReadOnlyList<string> OptOuts, IReadOnlyList<CallScriptContactDto> Contacts, IReadOnlyList<CallScriptContactDto> AlternateContacts);

/// <summary>
/// One contact; <see cref="Usable"/> is false when it was marked invalid (<see cref="InvalidReason"/>) or is outside its
/// dates. Alternate contacts carry <see cref="Role"/> and <see cref="Name"/>.
/// </summary>
public sealed record CallScriptContactDto(
    string Channel, string Value, bool Preferred, bool Usable, string? InvalidReason, DateTimeOffset? InvalidSince,
    DateOnly? ValidFrom, DateOnly? ValidTo, string? Role = null, string? Name = null);

/// <summary>
/// The contact policy for this channel now: the <see cref="Profile"/> applied (the debtor's country, or
/// <c>default</c>), allowed or not, the next allowed moment (null while a dispute is open or the channel is opted out:
/// no time makes it allowed), the rule that stops it (<see cref="Reason"/> is its code, <see cref="RuleArguments"/> its
/// arguments, rendered by the UI in the user's language), and the rolling-7-day call count against the profile's call cap.
/// </summary>
public sealed record ContactRulesNowDto(
    string Channel, bool AllowedNow, DateTimeOffset? NextAllowedAt, string? Reason, int CallsLast7Days, int CallsLeft,
    int MaxCallsPer7Days, DateTimeOffset? LastConversationAt, string Profile = "default", IReadOnlyDictionary<string, string>? RuleArguments = null);
