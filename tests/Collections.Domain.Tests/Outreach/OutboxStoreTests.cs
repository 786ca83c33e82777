using Collections.Domain.Errors;
using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Outbox;
using Collections.Domain.Outreach.Sms;
using Collections.Domain.Outreach.Templates;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Collections.Domain.Tests.Outreach;

/// <summary>The outbox as staff read it: newest first in pages, by case, with the text and HTML parts, and nothing outside it.</summary>
public sealed class OutboxStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outbox-store-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
    private readonly OutboxEmailSender _email;
    private readonly OutboxSmsSender _sms;
    private readonly OutboxStore _store;

    public OutboxStoreTests()
    {
        _email = new OutboxEmailSender(Options.Create(new EmailOptions { OutboxDirectory = _folder }), _clock);
        _sms = new OutboxSmsSender(Options.Create(new SmsOptions { OutboxDirectory = Path.Combine(_folder, "sms") }), _clock);
        _store = new OutboxStore(_email, _sms);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ListAsync_EmailsAndSms_NewestFirstPagedAndFilteredByCase()
    {
        var caseA = Guid.NewGuid();
        var caseB = Guid.NewGuid();
        await _email.SendAsync(new EmailMessage(["a@x.example"], "Primero", "uno", "ai-1", null, caseA), default);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await _sms.SendAsync(new SmsMessage("+525512345678", "Factura F-1 vencida", "ai-2", caseB), default);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await _email.SendAsync(new EmailMessage(["a@x.example"], "Tercero", "tres", "ai-3", null, caseA), default);

        var first = await _store.ListAsync(null, null, 2, default);
        var second = await _store.ListAsync(null, first.NextCursor, 2, default);
        var onlyA = await _store.ListAsync(caseA, null, null, default);

        Assert.Equal(["Tercero", "Factura F-1 vencida"], first.Items.Select(i => i.Subject));
        Assert.Equal(["email", "sms"], first.Items.Select(i => i.Channel));
        Assert.Equal(["Primero"], second.Items.Select(i => i.Subject));
        Assert.Null(second.NextCursor);
        Assert.Equal(["Tercero", "Primero"], onlyA.Items.Select(i => i.Subject));
        Assert.Equal(caseB, first.Items[1].CaseId);
        Assert.Throws<DomainValidationException>(() => _store.ListAsync(null, "@@", null, default).GetAwaiter().GetResult());
    }

    [Fact]
    public async Task GetAsync_MultipartMessage_TextHtmlAndDecodedHeaders()
    {
        var body = "Estimado(a) <b>cliente</b>:\n\n- Factura: F-1\n- Importe: $1,000.00\n\nPague en https://pay.example/f-1.\n";
        var html = HtmlBody.From("Recordatorio: factura F-1", body, "es");
        await _email.SendAsync(new EmailMessage(["a@x.example", "b@x.example"], "Recordatorio: factura F-1 (atención)", body, "ai-1", html), default);
        var id = Assert.Single((await _store.ListAsync(null, null, null, default)).Items).Id;

        var message = await _store.GetAsync(id, default);

        Assert.NotNull(message);
        Assert.Equal(body, message.Text);
        Assert.Contains("<li>Factura: F-1</li>", message.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;cliente&lt;/b&gt;", message.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://pay.example/f-1\">https://pay.example/f-1</a>.", message.Html, StringComparison.Ordinal);
        Assert.Contains(message.Headers, h => h.Name == "Subject" && h.Value == "Recordatorio: factura F-1 (atención)");
        Assert.Equal("a@x.example, b@x.example", message.Item.To);
    }

    [Fact]
    public void PathOf_IdsOutsideTheOutbox_Null()
    {
        File.WriteAllText(Path.Combine(_folder, "secret.txt"), "no");

        Assert.Null(_store.PathOf("../secret.txt"));
        Assert.Null(_store.PathOf("secret.txt"));
        Assert.Null(_store.PathOf("..eml"));
        Assert.Null(_store.PathOf("20260302T150000Z-missing.eml"));
    }
}
