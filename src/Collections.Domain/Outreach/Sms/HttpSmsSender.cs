using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Outreach.Sms;

/// <summary>A generic HTTP SMS gateway: POST <c>{to, text, reference}</c> with a bearer token; the answer's <c>id</c> is the message id.</summary>
public sealed class HttpSmsSender(IHttpClientFactory clients, IOptions<SmsOptions> options) : ISmsSender
{
    public const string HttpClientName = "collections-sms";

    public string Provider => OutreachProviders.HttpSms;

    public async Task<string> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = JsonContent.Create(new { to = Outbox.EmlFile.SingleLine(message.To), text = message.Text, reference = message.Reference is { } r ? Outbox.EmlFile.SingleLine(r) : null }),
        };
        if (!string.IsNullOrEmpty(settings.Token)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Token);
        using var client = clients.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new SmsSendException($"SMS gateway answered {(int)response.StatusCode}: {body}");
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } text
                ? text
                : throw new SmsSendException("SMS gateway accepted the message but returned no 'id'.");
        }
        catch (JsonException ex)
        {
            throw new SmsSendException($"SMS gateway answered with no JSON: {ex.Message}");
        }
    }
}
