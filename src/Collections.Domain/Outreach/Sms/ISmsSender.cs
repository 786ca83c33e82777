using Collections.Domain.Outreach.Workers;

namespace Collections.Domain.Outreach.Sms;

/// <summary>Sends a text message and returns the provider's message id.</summary>
public interface ISmsSender
{
    /// <summary>One of <see cref="OutreachProviders"/>.</summary>
    string Provider { get; }

    /// <summary>Sends; <see cref="SmsMessage.Reference"/> is the send intent's idempotency reference (the gateway's client reference).</summary>
    Task<string> SendAsync(SmsMessage message, CancellationToken cancellationToken);

    /// <summary>Whether a message with this reference already left; a remote gateway answers <see cref="ProviderLookup.Unknown"/> (the default).</summary>
    Task<ProviderLookup> LookupAsync(string reference, CancellationToken cancellationToken) => Task.FromResult(ProviderLookup.Unknown);
}
