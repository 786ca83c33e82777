namespace Collections.Domain.Outreach.Email;

/// <summary>Sends an e-mail and returns the provider's message id (stored with the contact attempt).</summary>
public interface IEmailSender
{
    /// <summary>One of <see cref="OutreachProviders"/>: whose message ids and delivery reports these are.</summary>
    string Provider { get; }

    Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
