namespace Collections.Domain.Outreach.Templates;

/// <summary>A rendered template: subject line, plain-text body, and the language and culture it was written in.</summary>
public sealed record RenderedMessage(string TemplateKey, string Language, string Culture, string Subject, string Body);
