using Collections.Engine.Errors;

namespace Collections.Domain.Outreach.Sms;

/// <summary>The SMS provider refused or failed a message; the worker retries it.</summary>
public sealed class SmsSendException(string message) : CollectionsException("outreach.sms-failed", message);
