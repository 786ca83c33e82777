namespace Collections.Domain.Outreach.Sms;

/// <summary>SMS delivery. Without <see cref="Url"/> messages go to the outbox folder (the embedded default).</summary>
public sealed class SmsOptions
{
    public const string Section = "Collections:Outreach:Sms";

    /// <summary>The provider's send endpoint (POST JSON <c>{to, text, reference}</c>, answers <c>{id}</c>). Default empty: outbox.</summary>
    public string Url { get; set; } = "";

    /// <summary>Bearer token for <see cref="Url"/>. Default empty.</summary>
    public string Token { get; set; } = "";

    /// <summary>Folder of the outbox default, relative to the content root. Default <c>data/outbox/sms</c>.</summary>
    public string OutboxDirectory { get; set; } = "data/outbox/sms";

    /// <summary>
    /// Shared secret of the gateway's delivery receipts (<c>X-Sms-Signature</c>, HMAC-SHA256 of the body). Empty (the
    /// default): <c>/api/v1/providers/sms/receipts</c> refuses every request.
    /// </summary>
    public string ReceiptSecret { get; set; } = "";
}
