using Collections.Engine.Errors;

namespace Collections.Domain.Outreach.Email;

/// <summary>The e-mail provider refused or failed a message; the worker retries it.</summary>
public sealed class EmailSendException(string message) : CollectionsException("outreach.email-failed", message);
