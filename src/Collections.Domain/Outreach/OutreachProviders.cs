namespace Collections.Domain.Outreach;

/// <summary>Persisted names of the providers that carry messages (STYLE.md 12).</summary>
public static class OutreachProviders
{
    public const string SendGrid = "sendgrid";
    public const string EmailOutbox = "outbox";
    public const string HttpSms = "http-sms";
    public const string SmsOutbox = "sms-outbox";
}
