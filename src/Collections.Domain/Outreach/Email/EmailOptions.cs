namespace Collections.Domain.Outreach.Email;

/// <summary>E-mail delivery. Without <see cref="SendGridApiKey"/> messages go to the outbox folder (the embedded default).</summary>
public sealed class EmailOptions
{
    public const string Section = "Collections:Outreach:Email";

    /// <summary>SendGrid API key; empty (the default) writes <c>.eml</c> files to <see cref="OutboxDirectory"/> instead.</summary>
    public string SendGridApiKey { get; set; } = "";

    /// <summary>Sender address. Default <c>cobranza@localhost</c>.</summary>
    public string FromAddress { get; set; } = "cobranza@localhost";

    /// <summary>Sender display name. Default <c>Collections</c>.</summary>
    public string FromName { get; set; } = "Collections";

    /// <summary>Where replies go; empty (the default) means the sender address.</summary>
    public string ReplyTo { get; set; } = "";

    /// <summary>SendGrid categories on every message, for its statistics. Default <c>collections</c>.</summary>
    public List<string> Categories { get; set; } = ["collections"];

    /// <summary>Folder of the outbox default, relative to the content root. Default <c>data/outbox</c>.</summary>
    public string OutboxDirectory { get; set; } = "data/outbox";

    /// <summary>
    /// SendGrid's event webhook verification key (Mail Settings, Signed Event Webhook: the base64 public key). Empty
    /// (the default): <c>/api/v1/providers/sendgrid/events</c> refuses every request, since none can be verified.
    /// </summary>
    public string EventWebhookPublicKey { get; set; } = "";
}
