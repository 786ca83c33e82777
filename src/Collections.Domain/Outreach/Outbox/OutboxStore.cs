using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Sms;
using Collections.Domain.Paging;

namespace Collections.Domain.Outreach.Outbox;

/// <summary>
/// Reads the embedded default's outbox: the <c>.eml</c> files of <see cref="OutboxEmailSender"/> and the
/// <c>.sms.txt</c> files of <see cref="OutboxSmsSender"/>, newest first (file names start with the UTC time written).
/// A page's cursor is the last file name, so files written meanwhile never shift a page. Ids are file names checked
/// against a strict pattern, so no request can read outside the two folders.
/// </summary>
public sealed partial class OutboxStore(OutboxEmailSender email, OutboxSmsSender sms)
{
    public async Task<Page<OutboxItem>> ListAsync(Guid? caseId, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var take = Cursor.Limit(limit);
        var after = DecodeCursor(cursor);
        var files = Files().Where(f => after is null || string.CompareOrdinal(f.Name, after) < 0).OrderByDescending(f => f.Name, StringComparer.Ordinal);
        var items = new List<OutboxItem>(take + 1);
        foreach (var file in files)
        {
            var item = await ReadItemAsync(file.Path, file.Name, cancellationToken);
            if (caseId is { } wanted && item.CaseId != wanted) continue;
            items.Add(item);
            if (items.Count > take) break;
        }

        var next = items.Count > take ? EncodeCursor(items[take - 1].Id) : null;
        return new Page<OutboxItem>(items.Take(take).ToList(), next);
    }

    public async Task<OutboxMessage?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (PathOf(id) is not { } path) return null;
        var content = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
        var item = await ReadItemAsync(path, id, cancellationToken);
        var normalized = content.ReplaceLineEndings("\n");
        var split = normalized.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = EmlFile.Headers((split < 0 ? normalized : normalized[..split]).Split('\n'))
            .Select(h => new OutboxHeader(h.Key, h.Key.Equals("Subject", StringComparison.OrdinalIgnoreCase) || h.Key.Equals("From", StringComparison.OrdinalIgnoreCase) ? DecodeWords(h.Value) : h.Value))
            .ToList();
        if (item.Channel == "sms") return new OutboxMessage(item, headers, split < 0 ? string.Empty : normalized[(split + 2)..].TrimEnd('\n'), null);
        var (text, html) = EmlFile.Bodies(content);
        return new OutboxMessage(item, headers, text.ReplaceLineEndings("\n"), html?.ReplaceLineEndings("\n"));
    }

    /// <summary>The file behind an id, or null when the id is malformed or names no outbox file.</summary>
    public string? PathOf(string id)
    {
        if (!SafeName().IsMatch(id)) return null;
        var folder = id.EndsWith(OutboxSmsSender.Extension, StringComparison.Ordinal) ? sms.Directory
            : id.EndsWith(".eml", StringComparison.Ordinal) ? email.Directory : null;
        if (folder is null) return null;
        var path = Path.Combine(folder, id);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The outbox file a send of the embedded default wrote, found by the message id it returned; null for other providers.</summary>
    public string? FindFile(string provider, string messageId)
    {
        var (folder, pattern) = provider switch
        {
            OutreachProviders.EmailOutbox when messageId.Length >= 32 => (email.Directory, $"*-{messageId[..32]}.eml"),
            OutreachProviders.SmsOutbox => (sms.Directory, $"*-{messageId}{OutboxSmsSender.Extension}"),
            _ => (null, null),
        };
        if (folder is null || pattern is null || !Directory.Exists(folder) || messageId.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '@' and not '.' and not '-')) return null;
        return Directory.EnumerateFiles(folder, pattern).Select(Path.GetFileName).FirstOrDefault(n => n is not null && SafeName().IsMatch(n));
    }

    private IEnumerable<(string Name, string Path)> Files()
    {
        static IEnumerable<(string, string)> In(string folder, string pattern) => Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern).Select(p => (Path.GetFileName(p), p))
            : [];
        return In(email.Directory, "*.eml").Concat(In(sms.Directory, "*" + OutboxSmsSender.Extension));
    }

    private static async Task<OutboxItem> ReadItemAsync(string path, string name, CancellationToken cancellationToken)
    {
        var headers = EmlFile.Headers(await OutboxEmailSender.ReadHeaderLinesAsync(path, cancellationToken));
        var isSms = name.EndsWith(OutboxSmsSender.Extension, StringComparison.Ordinal);
        var written = EmlFile.Header(headers, "Date") is { } date
            && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime() : new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        var caseId = Guid.TryParse(EmlFile.Header(headers, isSms ? "Case" : EmlFile.CaseHeader), out var c) ? c : (Guid?)null;
        if (isSms)
        {
            var text = (await File.ReadAllTextAsync(path, cancellationToken)).ReplaceLineEndings("\n");
            var body = text.IndexOf("\n\n", StringComparison.Ordinal) is var split and >= 0 ? text[(split + 2)..].Trim() : string.Empty;
            return new OutboxItem(name, "sms", written, EmlFile.Header(headers, "To") ?? "", body, caseId,
                EmlFile.Header(headers, "Reference") is { Length: > 0 } r ? r : null, EmlFile.Header(headers, "Id") ?? "");
        }

        return new OutboxItem(name, "email", written, EmlFile.Header(headers, "To") ?? "", DecodeWords(EmlFile.Header(headers, "Subject") ?? ""), caseId,
            EmlFile.Header(headers, SendGridEmailSender.ReferenceHeader), (EmlFile.Header(headers, "Message-ID") ?? "").Trim('<', '>'));
    }

    private static string DecodeWords(string value) => EncodedWord().Replace(value, m => EmlFile.Decode(m.Value));

    private static string EncodeCursor(string name) => Convert.ToBase64String(Encoding.UTF8.GetBytes(name)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var text = cursor.Replace('-', '+').Replace('_', '/');
            var name = Encoding.UTF8.GetString(Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=')));
            if (SafeName().IsMatch(name)) return name;
        }
        catch (FormatException)
        {
            // reported below
        }

        throw new DomainValidationException("cursor.invalid", "cursor", "The cursor is not one this API returned.");
    }

    [GeneratedRegex(@"^[0-9A-Za-z][0-9A-Za-z_-]*(\.sms\.txt|\.eml)$")]
    private static partial Regex SafeName();

    [GeneratedRegex(@"=\?utf-8\?B\?[A-Za-z0-9+/=]+\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
