using Collections.Domain.Outreach.Workers;

namespace Collections.Domain.Outreach.Email;

/// <summary>Sends an e-mail and returns the provider's message id (stored with the contact attempt).</summary>
public interface IEmailSender
{
    /// <summary>One of <see cref="OutreachProviders"/>: whose message ids and delivery reports these are.</summary>
    string Provider { get; }

    /// <summary>Sends; <see cref="EmailMessage.Reference"/> is the send intent's idempotency reference.</summary>
    Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a message with this reference already left, for a retry after a crash. A remote provider we cannot ask
    /// answers <see cref="ProviderLookup.Unknown"/> (the default): its events decide, else a person.
    /// </summary>
    Task<ProviderLookup> LookupAsync(string reference, CancellationToken cancellationToken) => Task.FromResult(ProviderLookup.Unknown);
}
