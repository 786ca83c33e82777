using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Outreach.Email;

/// <summary>
/// The embedded default (no SendGrid key): each message becomes an RFC 5322 <c>.eml</c> file in the outbox folder,
/// readable in any mail client, so a new user sees exactly what would be sent (issue 6 §2).
/// </summary>
public sealed class OutboxEmailSender(IOptions<EmailOptions> options, TimeProvider time) : IEmailSender
{
    public string Directory => Path.GetFullPath(options.Value.OutboxDirectory);

    public async Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var id = $"{Guid.NewGuid():N}@outbox.collections";
        var text = new StringBuilder()
            .Append("Message-ID: <").Append(id).Append(">\r\n")
            .Append("Date: ").Append(now.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("From: ").Append(Encode(settings.FromName)).Append(" <").Append(settings.FromAddress).Append(">\r\n")
            .Append("To: ").Append(string.Join(", ", message.To)).Append("\r\n");
        if (!string.IsNullOrWhiteSpace(settings.ReplyTo)) text.Append("Reply-To: ").Append(settings.ReplyTo).Append("\r\n");
        if (message.Reference is { } reference) text.Append(SendGridEmailSender.ReferenceHeader).Append(": ").Append(reference).Append("\r\n");
        text.Append("Subject: ").Append(Encode(message.Subject)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(message.Body.ReplaceLineEndings("\r\n"));
        System.IO.Directory.CreateDirectory(Directory);
        var file = Path.Combine(Directory, $"{now:yyyyMMdd'T'HHmmss'Z'}-{id[..32]}.eml");
        await File.WriteAllTextAsync(file, text.ToString(), new UTF8Encoding(false), cancellationToken);
        return id;
    }

    /// <summary>The messages in the outbox, newest first (for the outbox API).</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        var entries = new List<OutboxEntry>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.eml"))
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in await File.ReadAllLinesAsync(file, cancellationToken))
            {
                if (line.Length == 0) break;
                var colon = line.IndexOf(':');
                if (colon > 0) headers.TryAdd(line[..colon], line[(colon + 1)..].Trim());
            }

            entries.Add(new OutboxEntry(
                headers.GetValueOrDefault("Message-ID", "").Trim('<', '>'), Path.GetFileName(file),
                DateTimeOffset.TryParse(headers.GetValueOrDefault("Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : File.GetLastWriteTimeUtc(file),
                headers.GetValueOrDefault("To", ""), Decode(headers.GetValueOrDefault("Subject", ""))));
        }

        return entries.OrderByDescending(e => e.FileName, StringComparer.Ordinal).ToList();
    }

    /// <summary>RFC 2047 encoded word for non-ASCII header text (Spanish subjects).</summary>
    private static string Encode(string value) =>
        value.All(c => c < 128) ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";

    private static string Decode(string value) =>
        value.StartsWith("=?utf-8?B?", StringComparison.OrdinalIgnoreCase) && value.EndsWith("?=", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(value[10..^2]))
            : value;
}
