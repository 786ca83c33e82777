namespace Collections.Domain.Outreach.Sms;

/// <summary>Sends a text message and returns the provider's message id.</summary>
public interface ISmsSender
{
    /// <summary>One of <see cref="OutreachProviders"/>.</summary>
    string Provider { get; }

    Task<string> SendAsync(SmsMessage message, CancellationToken cancellationToken);
}
