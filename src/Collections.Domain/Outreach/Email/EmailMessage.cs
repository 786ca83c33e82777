namespace Collections.Domain.Outreach.Email;

/// <summary>A plain-text e-mail to one or more recipients. <paramref name="Reference"/> (the activity instance) travels as a header for tracing.</summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body, string? Reference = null);
