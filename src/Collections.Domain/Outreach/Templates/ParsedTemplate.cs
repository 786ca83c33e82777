using Scriban;

namespace Collections.Domain.Outreach.Templates;

/// <summary>One template file, parsed: its subject line and its body.</summary>
internal sealed record ParsedTemplate(string File, Template Subject, Template Body);
