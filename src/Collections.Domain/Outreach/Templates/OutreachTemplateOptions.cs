namespace Collections.Domain.Outreach.Templates;

/// <summary>Where the Liquid templates live and which language stands in when a debtor's language has none.</summary>
public sealed class OutreachTemplateOptions
{
    public const string Section = "Collections:Outreach:Templates";

    /// <summary>Folder of <c>{key}.{lang}.liquid</c> files, relative to the content root. Default <c>workflows/templates</c>.</summary>
    public string Directory { get; set; } = "workflows/templates";

    /// <summary>Language used when a template has no version in the debtor's language. Default <c>es</c> (DESIGN.md D7).</summary>
    public string DefaultLanguage { get; set; } = "es";

    /// <summary>Who writes: templates read it as <c>company.name</c>, <c>company.phone</c>, <c>company.email</c>, <c>company.paymentUrl</c>.</summary>
    public CompanyInfo Company { get; set; } = new();

    /// <summary>The sender's facts printed in every message (how to pay, whom to contact).</summary>
    public sealed class CompanyInfo
    {
        /// <summary>Default <c>Collections</c>; set your company's name.</summary>
        public string Name { get; set; } = "Collections";

        /// <summary>Phone of the collections desk. Default empty.</summary>
        public string Phone { get; set; } = "";

        /// <summary>Reply address of the collections desk. Default empty.</summary>
        public string Email { get; set; } = "";

        /// <summary>Where debtors pay online. Default empty.</summary>
        public string PaymentUrl { get; set; } = "";
    }
}
