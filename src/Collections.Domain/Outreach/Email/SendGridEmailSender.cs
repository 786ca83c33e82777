using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Collections.Domain.Outreach.Email;

/// <summary>Sends through SendGrid's v3 API; the message id is SendGrid's <c>X-Message-Id</c> response header.</summary>
public sealed class SendGridEmailSender(ISendGridClient client, IOptions<EmailOptions> options) : IEmailSender
{
    public const string ReferenceHeader = "X-Collections-Reference";

    public string Provider => OutreachProviders.SendGrid;

    public async Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // SendGrid builds the MIME headers from these fields: none may carry a line break (EmlFile.SingleLine).
        var mail = MailHelper.CreateSingleEmailToMultipleRecipients(
            new EmailAddress(Outbox.EmlFile.SingleLine(settings.FromAddress), Outbox.EmlFile.SingleLine(settings.FromName)),
            message.To.Select(to => new EmailAddress(Outbox.EmlFile.SingleLine(to))).ToList(),
            Outbox.EmlFile.SingleLine(message.Subject), message.Body, message.Html);
        if (!string.IsNullOrWhiteSpace(settings.ReplyTo)) mail.SetReplyTo(new EmailAddress(settings.ReplyTo));
        if (settings.Categories.Count > 0) mail.AddCategories(settings.Categories);
        if (message.Reference is { } raw)
        {
            var reference = Outbox.EmlFile.SingleLine(raw);
            mail.AddHeader(ReferenceHeader, reference);
            mail.AddCustomArg("reference", reference); // comes back on SendGrid's event webhook
        }

        if (message.CaseId is { } caseId) mail.AddCustomArg("caseId", caseId.ToString());

        var response = await client.SendEmailAsync(mail, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Body.ReadAsStringAsync(cancellationToken);
            throw new EmailSendException($"SendGrid answered {(int)response.StatusCode}: {body}");
        }

        return response.Headers.TryGetValues("X-Message-Id", out var ids) && ids.FirstOrDefault() is { Length: > 0 } id
            ? id
            : throw new EmailSendException("SendGrid accepted the message but returned no X-Message-Id.");
    }
}
