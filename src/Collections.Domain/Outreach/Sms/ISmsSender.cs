namespace Collections.Domain.Outreach.Sms;

/// <summary>Sends a text message and returns the provider's message id.</summary>
public interface ISmsSender
{
    Task<string> SendAsync(SmsMessage message, CancellationToken cancellationToken);
}
