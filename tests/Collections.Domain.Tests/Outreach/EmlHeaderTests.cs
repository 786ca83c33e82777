using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Outbox;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Collections.Domain.Tests.Outreach;

/// <summary>Data that reaches the writer without API validation (older rows, template output) can never add a header.</summary>
public sealed class EmlHeaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eml-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task SendAsync_SubjectWithCrLfHeader_WritesNoExtraHeader()
    {
        var sender = Sender();

        await sender.SendAsync(new EmailMessage(["pagos@martillo.example"], "Factura F-2\r\nBcc: attacker@example.com", "Hola"), default);
        var listed = Assert.Single(await sender.ListAsync(default));

        var headers = await HeadersAsync(listed.FileName);
        Assert.Equal(["Message-ID", "Date", "From", "To", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"], headers.Select(h => h.Key));
        Assert.Equal("Factura F-2 Bcc: attacker@example.com", listed.Subject);
    }

    [Fact]
    public async Task SendAsync_ReferenceWithLineSeparators_StaysOneHeader()
    {
        var sender = Sender();

        await sender.SendAsync(new EmailMessage(["pagos@martillo.example"], "Recordatorio", "Hola", "ai-1\u2028Bcc: x@example.com\u0085Cc: y@example.com"), default);

        var headers = await HeadersAsync(Assert.Single(await sender.ListAsync(default)).FileName);
        Assert.DoesNotContain(headers, h => h.Key is "Bcc" or "Cc");
        Assert.Equal("ai-1 Bcc: x@example.com Cc: y@example.com", EmlFile.Header(headers, SendGridEmailSender.ReferenceHeader));
    }

    [Fact]
    public async Task SendAsync_LongSpanishSubject_EncodedFoldedAndReadBack()
    {
        var sender = Sender();
        var subject = "Recordatorio amable: su factura F-1001 de Ferretería López vence mañana; si ya pagó, ignore este mensaje, por favor";

        await sender.SendAsync(new EmailMessage(["pagos@martillo.example"], subject, "Hola"), default);
        var listed = Assert.Single(await sender.ListAsync(default));

        var raw = await File.ReadAllLinesAsync(Path.Combine(_folder, listed.FileName));
        var headerLines = raw.TakeWhile(l => l.Length > 0).ToList();
        Assert.All(headerLines, l => Assert.InRange(l.Length, 1, 78));
        Assert.All(headerLines, l => Assert.True(l.All(c => c < 128), $"non-ASCII header line: {l}"));
        Assert.Equal(subject, listed.Subject);
    }

    private OutboxEmailSender Sender() =>
        new(Options.Create(new EmailOptions { OutboxDirectory = _folder, FromAddress = "cobranza@andina.example", FromName = "Cobranza Andina" }),
            new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero)));

    private async Task<IReadOnlyList<KeyValuePair<string, string>>> HeadersAsync(string fileName) =>
        EmlFile.Headers((await File.ReadAllTextAsync(Path.Combine(_folder, fileName))).Split("\r\n"));
}
