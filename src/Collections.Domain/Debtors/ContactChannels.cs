namespace Collections.Domain.Debtors;

/// <summary>Channels a debtor can be reached on; persisted strings (STYLE.md 12).</summary>
public static class ContactChannels
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Phone = "phone";
    public const string WhatsApp = "whatsapp";
    public const string Letter = "letter";

    /// <summary>A collector at the debtor's premises: a contact attempt's channel, never a debtor's contact.</summary>
    public const string Visit = "visit";

    public static IReadOnlyList<string> All { get; } = [Email, Sms, Phone, WhatsApp, Letter];

    /// <summary>Channels a contact attempt may name: the contact channels plus <see cref="Visit"/>.</summary>
    public static IReadOnlyList<string> Attempts { get; } = [.. All, Visit];

    /// <summary>Channels whose value is a phone number (one wrong number makes all of them wrong).</summary>
    public static IReadOnlyList<string> PhoneNumbers { get; } = [Phone, Sms, WhatsApp];
}
