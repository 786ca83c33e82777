namespace Collections.Domain.Debtors;

/// <summary>
/// A way to reach the debtor: channel, address or number (E.164 for phones), the dates it is valid between, and
/// whether it proved wrong (<see cref="InvalidSince"/>, <see cref="InvalidReason"/>: a wrong number on a call).
/// </summary>
public sealed record DebtorContact(
    string Channel, string Value, DateOnly? ValidFrom, DateOnly? ValidTo, bool Preferred,
    DateTimeOffset? InvalidSince = null, string? InvalidReason = null)
{
    /// <summary>Not marked invalid and, on <paramref name="today"/>, inside its validity dates.</summary>
    public bool IsUsable(DateOnly today) =>
        InvalidSince is null && (ValidFrom is not { } from || from <= today) && (ValidTo is not { } to || today <= to);
}
