namespace Collections.Domain.Debtors;

/// <summary>A way to reach the debtor: channel, address or number (E.164 for phones), and the dates it is valid between.</summary>
public sealed record DebtorContact(string Channel, string Value, DateOnly? ValidFrom, DateOnly? ValidTo, bool Preferred);
