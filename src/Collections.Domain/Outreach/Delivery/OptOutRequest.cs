namespace Collections.Domain.Outreach.Delivery;

/// <summary>
/// A recipient asked for no more messages on <paramref name="Channel"/> at <paramref name="Address"/> (an e-mail
/// address, or an E.164 number for <c>sms</c>): a SendGrid unsubscribe or spam report, an SMS STOP.
/// <paramref name="Source"/> says which (<c>sendgrid-unsubscribe</c>, <c>sms-stop</c>, …).
/// </summary>
public sealed record OptOutRequest(string Channel, string Address, string Source, DateTimeOffset? At);
