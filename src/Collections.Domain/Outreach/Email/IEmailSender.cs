namespace Collections.Domain.Outreach.Email;

/// <summary>Sends an e-mail and returns the provider's message id (stored on the contact attempt).</summary>
public interface IEmailSender
{
    Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
