namespace Collections.Domain.Debtors;

/// <summary>Channels a debtor can be reached on; persisted strings (STYLE.md 12).</summary>
public static class ContactChannels
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Phone = "phone";
    public const string WhatsApp = "whatsapp";
    public const string Letter = "letter";

    public static IReadOnlyList<string> All { get; } = [Email, Sms, Phone, WhatsApp, Letter];
}
