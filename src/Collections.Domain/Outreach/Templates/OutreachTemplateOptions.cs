namespace Collections.Domain.Outreach.Templates;

/// <summary>Where the Liquid templates live and which language stands in when a debtor's language has none.</summary>
public sealed class OutreachTemplateOptions
{
    public const string Section = "Collections:Outreach:Templates";

    /// <summary>Folder of <c>{key}.{lang}.liquid</c> files, relative to the content root. Default <c>workflows/templates</c>.</summary>
    public string Directory { get; set; } = "workflows/templates";

    /// <summary>Language used when a template has no version in the debtor's language. Default <c>es</c> (DESIGN.md D7).</summary>
    public string DefaultLanguage { get; set; } = "es";

    /// <summary>
    /// The company details that seed an empty store (docs/architecture.md, "Company details"): once an admin saves them
    /// on the admin page the database wins and these values are only compared (a log line says they differ).
    /// Templates read them as <c>company.name</c>, <c>company.taxId</c>, <c>company.payment</c> (for the message's
    /// currency), <c>company.phone</c>, <c>company.email</c>, <c>company.address</c>, <c>company.signature</c>.
    /// </summary>
    public CompanyInfo Company { get; set; } = new();

    /// <summary>The sender's facts printed in messages (how to pay, whom to contact). Every default is empty: nothing is invented.</summary>
    public sealed class CompanyInfo
    {
        /// <summary>Legal name of the company. Default empty.</summary>
        public string Name { get; set; } = "";

        /// <summary>Tax id printed on formal letters (NIT, RFC, CIF...). Default empty.</summary>
        public string TaxId { get; set; } = "";

        /// <summary>Payment instructions or link per ISO currency code (<c>"COP": "https://pay.example/co"</c>). Default none.</summary>
        public Dictionary<string, string> Payment { get; set; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Phone of the collections desk. Default empty.</summary>
        public string Phone { get; set; } = "";

        /// <summary>Reply address of the collections desk. Default empty.</summary>
        public string Email { get; set; } = "";

        /// <summary>Postal address printed on formal letters. Default empty.</summary>
        public string Address { get; set; } = "";

        /// <summary>Who signs the e-mails (a name and role, or the team). Default empty.</summary>
        public string Signature { get; set; } = "";

        /// <summary>
        /// Whether these are example values (appsettings.Development.json): they seed the store flagged as examples and the
        /// admin page says to replace them. Default false.
        /// </summary>
        public bool Example { get; set; }

        /// <summary>The values as templates read them (currency codes upper-case, text trimmed).</summary>
        public Company.CompanyDetailsValues ToValues() => new(Name.Trim(), TaxId.Trim(),
            Payment.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key.Trim().ToUpperInvariant(), p => p.Value.Trim(), StringComparer.Ordinal),
            Phone.Trim(), Email.Trim(), Address.Trim(), Signature.Trim());
    }
}
