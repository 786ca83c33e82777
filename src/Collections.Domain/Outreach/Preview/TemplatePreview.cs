namespace Collections.Domain.Outreach.Preview;

/// <summary>A template rendered for a case: what the debtor would get now, in <see cref="Language"/> and <see cref="Culture"/>.</summary>
public sealed record TemplatePreview(Guid CaseId, string TemplateKey, string Language, string Culture, string Subject, string Text, string Html);
