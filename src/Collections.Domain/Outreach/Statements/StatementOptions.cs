namespace Collections.Domain.Outreach.Statements;

/// <summary>
/// One statement per debtor (docs/playbook.md, "One message per debtor a day"). Whether a debtor's country consolidates
/// is the contact profile's <c>ConsolidateStatements</c>; these settings say which steps take part and what is sent.
/// </summary>
public sealed class StatementOptions
{
    public const string Section = "Collections:Outreach:Statements";

    /// <summary>
    /// Templates of the reminders a statement replaces (sent to the debtor); any other template (a receipt, a
    /// confirmation, an offer, a message to alternate contacts) always goes alone. Default <c>friendly-reminder</c>,
    /// <c>warning</c>, <c>legal-warning</c>.
    /// </summary>
    public List<string> Templates { get; set; } = ["friendly-reminder", "warning", "legal-warning"];

    /// <summary>The e-mail statement's template. Default <c>statement</c>.</summary>
    public string EmailTemplate { get; set; } = "statement";

    /// <summary>The SMS statement's template (its subject line is the text, as for every SMS template). Default <c>statement-sms</c>.</summary>
    public string SmsTemplate { get; set; } = "statement-sms";

    /// <summary>Most invoices one statement lists; the rest go as their own messages. Default 50 (an e-mail stays readable).</summary>
    public int MaxItems { get; set; } = 50;
}
