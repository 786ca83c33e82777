namespace Collections.Domain.Outreach.Templates;

/// <summary>
/// A rendered template: subject line, plain-text body, the same body as HTML (<see cref="HtmlBody"/>), and the
/// language and culture it was written in.
/// </summary>
public sealed record RenderedMessage(string TemplateKey, string Language, string Culture, string Subject, string Body)
{
    public string Html => HtmlBody.From(Subject, Body, Language);
}
