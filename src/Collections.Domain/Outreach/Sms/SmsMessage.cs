namespace Collections.Domain.Outreach.Sms;

/// <summary>A text message to one phone number (E.164). <paramref name="Reference"/> is the activity instance, for receipts.</summary>
public sealed record SmsMessage(string To, string Text, string? Reference = null, Guid? CaseId = null);
