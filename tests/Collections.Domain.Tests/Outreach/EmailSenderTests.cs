using System.Net;
using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Sms;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Collections.Domain.Tests.Outreach;

public sealed class EmailSenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "outreach-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task OutboxSendAsync_Default_WritesEmlFileAndListsIt()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var sender = new OutboxEmailSender(Options.Create(new EmailOptions { OutboxDirectory = _folder, FromAddress = "cobranza@andina.example" }), clock);

        var id = await sender.SendAsync(new EmailMessage(["pagos@martillo.example"], "Recordatorio amable: factura F-1", "Hola\nTotal: $1,000.00\n", "ai-1"), default);
        var listed = Assert.Single(await sender.ListAsync(default));

        var text = await File.ReadAllTextAsync(Path.Combine(_folder, listed.FileName));
        Assert.Equal(id, listed.MessageId);
        Assert.Equal("Recordatorio amable: factura F-1", listed.Subject);
        Assert.Equal("pagos@martillo.example", listed.To);
        Assert.EndsWith(".eml", listed.FileName);
        Assert.Contains("From: Collections <cobranza@andina.example>\r\n", text);
        Assert.Contains("Total: $1,000.00\r\n", text);
    }

    [Fact]
    public async Task SendGridSendAsync_Accepted_ReturnsMessageIdAndSendsOptions()
    {
        var client = Substitute.For<ISendGridClient>();
        var accepted = new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent("") };
        accepted.Headers.Add("X-Message-Id", "sg-123");
        SendGridMessage? sent = null;
        client.SendEmailAsync(Arg.Do<SendGridMessage>(m => sent = m), Arg.Any<CancellationToken>())
            .Returns(new Response(accepted.StatusCode, accepted.Content, accepted.Headers));
        var options = new EmailOptions { SendGridApiKey = "key", FromAddress = "cobranza@andina.example", ReplyTo = "ayuda@andina.example", Categories = ["collections", "reminders"] };
        var sender = new SendGridEmailSender(client, Options.Create(options));

        var id = await sender.SendAsync(new EmailMessage(["pagos@martillo.example"], "Asunto", "Cuerpo", "ai-7"), default);

        Assert.Equal("sg-123", id);
        Assert.NotNull(sent);
        Assert.Equal("cobranza@andina.example", sent.From.Email);
        Assert.Equal("ayuda@andina.example", sent.ReplyTo.Email);
        Assert.Equal(["collections", "reminders"], sent.Categories);
        Assert.Equal("ai-7", sent.Personalizations[0].CustomArgs["reference"]);
    }

    [Fact]
    public async Task SendGridSendAsync_Rejected_ThrowsWithStatus()
    {
        var client = Substitute.For<ISendGridClient>();
        client.SendEmailAsync(Arg.Any<SendGridMessage>(), Arg.Any<CancellationToken>())
            .Returns(new Response(HttpStatusCode.Unauthorized, new StringContent("bad key"), new HttpResponseMessage().Headers));
        var sender = new SendGridEmailSender(client, Options.Create(new EmailOptions { SendGridApiKey = "key" }));

        var error = await Assert.ThrowsAsync<EmailSendException>(() => sender.SendAsync(new EmailMessage(["a@b.example"], "s", "b"), default));

        Assert.Contains("401", error.Message);
    }

    [Fact]
    public async Task HttpSmsSendAsync_Accepted_PostsWithTokenAndReturnsId()
    {
        var handler = Substitute.ForPartsOf<RecordingHandler>();
        var factory = Substitute.For<IHttpClientFactory>();
        factory.CreateClient(HttpSmsSender.HttpClientName).Returns(_ => new HttpClient(handler, disposeHandler: false));
        var sender = new HttpSmsSender(factory, Options.Create(new SmsOptions { Url = "https://sms.example/send", Token = "t0k" }));

        var id = await sender.SendAsync(new SmsMessage("+525512345678", "Factura F-1 vencida", "ai-9"), default);

        Assert.Equal("sms-42", id);
        Assert.Equal("Bearer t0k", handler.Authorization);
        Assert.Contains("525512345678", handler.Body); // JSON escapes the plus sign
    }

    /// <summary>The SMS gateway at the edge: records the request, answers <c>{"id":"sms-42"}</c>.</summary>
    public class RecordingHandler : HttpMessageHandler
    {
        public string? Authorization { get; private set; }

        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Authorization = request.Headers.Authorization?.ToString();
            Body = await request.Content!.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"sms-42"}""") };
        }
    }
}
