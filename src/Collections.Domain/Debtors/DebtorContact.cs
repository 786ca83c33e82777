using System.Text.Json.Serialization;

namespace Collections.Domain.Debtors;

/// <summary>
/// A way to reach the debtor: channel, address or number (E.164 for phones), and the dates it is valid between.
/// <paramref name="InvalidSince"/> is set when a provider reports it permanently unreachable (a hard bounce, a dead
/// number); outreach no longer uses it until the integrator registers it again. <paramref name="OptedOutSince"/> is set
/// when the person behind it asked for no more messages there (a provider's unsubscribe or spam report, an SMS STOP);
/// unlike a dead address, registering it again does not clear it: only the debtor's own word does.
/// </summary>
public sealed record DebtorContact(
    string Channel, string Value, DateOnly? ValidFrom, DateOnly? ValidTo, bool Preferred, DateTimeOffset? InvalidSince = null, string? InvalidReason = null,
    DateTimeOffset? OptedOutSince = null, string? OptOutSource = null)
{
    [JsonIgnore]
    public bool IsInvalid => InvalidSince is not null;

    [JsonIgnore]
    public bool IsOptedOut => OptedOutSince is not null;

    /// <summary>Usable on <paramref name="today"/>: not marked invalid and inside its validity dates.</summary>
    public bool IsUsableOn(DateOnly today) => !IsInvalid && (ValidFrom is null || ValidFrom <= today) && (ValidTo is null || ValidTo >= today);
}
