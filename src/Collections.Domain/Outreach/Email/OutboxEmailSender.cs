using System.Globalization;
using System.Text;
using Collections.Domain.Outreach.Outbox;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Outreach.Email;

/// <summary>
/// The embedded default (no SendGrid key): each message becomes an RFC 5322 <c>.eml</c> file in the outbox folder,
/// readable in any mail client, so a new user sees exactly what would be sent. With an HTML body the file
/// is <c>multipart/alternative</c> (text first, as mail clients expect).
/// </summary>
public sealed class OutboxEmailSender(IOptions<EmailOptions> options, TimeProvider time) : IEmailSender
{
    public string Directory => Path.GetFullPath(options.Value.OutboxDirectory);

    public string Provider => OutreachProviders.EmailOutbox;

    public async Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var name = OutboxNames.FileId(message.Reference);
        var id = $"{name}@outbox.collections"; // derived from the intent's reference: a retry can find the file
        // Every value goes through EmlFile.HeaderLine: data (invoice numbers in a subject, template output) can never
        // end a header line and start another one.
        var text = new StringBuilder()
            .Append(EmlFile.HeaderLine("Message-ID", $"<{id}>"))
            .Append(EmlFile.HeaderLine("Date", now.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)))
            .Append(EmlFile.HeaderLine("From", $"{EmlFile.Encode(settings.FromName)} <{EmlFile.SingleLine(settings.FromAddress)}>"))
            .Append(EmlFile.HeaderLine("To", string.Join(", ", message.To.Select(EmlFile.SingleLine))));
        if (!string.IsNullOrWhiteSpace(settings.ReplyTo)) text.Append(EmlFile.HeaderLine("Reply-To", settings.ReplyTo));
        if (message.Reference is { } reference) text.Append(EmlFile.HeaderLine(SendGridEmailSender.ReferenceHeader, reference));
        if (message.CaseId is { } caseId) text.Append(EmlFile.HeaderLine(EmlFile.CaseHeader, caseId.ToString()));
        text.Append(EmlFile.HeaderLine("Subject", message.Subject)).Append("MIME-Version: 1.0\r\n");
        if (message.Html is { } html)
        {
            var boundary = $"=_collections_{Guid.NewGuid():N}";
            text.Append("Content-Type: multipart/alternative; boundary=\"").Append(boundary).Append("\"\r\n\r\n")
                .Append("--").Append(boundary).Append("\r\n");
            Part(text, "text/plain", message.Body);
            text.Append("\r\n--").Append(boundary).Append("\r\n");
            Part(text, "text/html", html);
            text.Append("\r\n--").Append(boundary).Append("--\r\n");
        }
        else
        {
            Part(text, "text/plain", message.Body);
        }

        await OutboxNames.WriteAtomicallyAsync(Directory, $"{now:yyyyMMdd'T'HHmmss'Z'}-{name}.eml", text.ToString(), cancellationToken);
        return id;
    }

    /// <summary>The outbox is the provider here, so it can answer for certain: the file is there or it never left.</summary>
    public Task<Workers.ProviderLookup> LookupAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(OutboxNames.Find(Directory, $"*-{OutboxNames.FileId(reference)}.eml") is null
            ? Workers.ProviderLookup.NotSent
            : new Workers.ProviderLookup.Found($"{OutboxNames.FileId(reference)}@outbox.collections"));

    /// <summary>The messages in the outbox, newest first.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        var entries = new List<OutboxEntry>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.eml"))
        {
            var headers = EmlFile.Headers(await ReadHeaderLinesAsync(file, cancellationToken));
            entries.Add(new OutboxEntry(
                (EmlFile.Header(headers, "Message-ID") ?? "").Trim('<', '>'), Path.GetFileName(file),
                DateTimeOffset.TryParse(EmlFile.Header(headers, "Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : File.GetLastWriteTimeUtc(file),
                EmlFile.Header(headers, "To") ?? "", EmlFile.Decode(EmlFile.Header(headers, "Subject") ?? "")));
        }

        return entries.OrderByDescending(e => e.FileName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The header block of a file, without reading its body.</summary>
    internal static async Task<List<string>> ReadHeaderLinesAsync(string file, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        using var reader = new StreamReader(file, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line && line.Length > 0) lines.Add(line);
        return lines;
    }

    private static void Part(StringBuilder text, string type, string body) =>
        text.Append("Content-Type: ").Append(type).Append("; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(body.ReplaceLineEndings("\r\n"));
}
