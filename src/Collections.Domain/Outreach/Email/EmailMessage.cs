namespace Collections.Domain.Outreach.Email;

/// <summary>
/// An e-mail to one or more recipients: plain text and, when given, the same body as HTML. <paramref name="Reference"/>
/// (the activity instance) and <paramref name="CaseId"/> travel as headers for tracing and the outbox's case filter.
/// </summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body, string? Reference = null, string? Html = null, Guid? CaseId = null);
