using Scriban;

namespace Collections.Domain.Outreach.Templates;

/// <summary>One template file, parsed: its subject line and its body, and the company details it prints (<c>company.phone</c> → <c>phone</c>).</summary>
internal sealed record ParsedTemplate(string File, Template Subject, Template Body, IReadOnlySet<string> CompanyFields);
