using System.Text;

namespace Collections.Domain.Outreach.Outbox;

/// <summary>
/// Writes and reads the outbox's <c>.eml</c> files (RFC 5322, 8-bit UTF-8 bodies, <c>multipart/alternative</c> when
/// there is an HTML part). Only what <see cref="Email.OutboxEmailSender"/> writes needs reading back, so this is a
/// small reader for that shape, not a general MIME parser.
/// </summary>
public static class EmlFile
{
    public const string CaseHeader = "X-Collections-Case";

    /// <summary>The header lines (unfolded), in file order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Headers(IEnumerable<string> lines)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines)
        {
            if (line.Length == 0) break;
            if (line[0] is ' ' or '\t' && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + " " + line.Trim());
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon > 0) headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
        }

        return headers;
    }

    public static string? Header(IReadOnlyList<KeyValuePair<string, string>> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The plain-text and HTML bodies of a message as written by the outbox.</summary>
    public static (string Text, string? Html) Bodies(string content)
    {
        var normalized = content.ReplaceLineEndings("\n");
        var split = normalized.IndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0) return (string.Empty, null);
        var headers = Headers(normalized[..split].Split('\n'));
        var body = normalized[(split + 2)..];
        var type = Header(headers, "Content-Type") ?? "text/plain";
        if (!type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)) return (body, null);

        var boundary = Parameter(type, "boundary") ?? string.Empty;
        string text = string.Empty;
        string? html = null;
        foreach (var part in body.Split("--" + boundary).Skip(1))
        {
            if (part.StartsWith("--", StringComparison.Ordinal)) break;
            var partText = part.TrimStart('\n');
            var end = partText.IndexOf("\n\n", StringComparison.Ordinal);
            if (end < 0) continue;
            var partType = Header(Headers(partText[..end].Split('\n')), "Content-Type") ?? "text/plain";
            var content2 = partText[(end + 2)..];
            if (content2.EndsWith('\n')) content2 = content2[..^1];
            if (partType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)) html = content2;
            else if (partType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)) text = content2;
        }

        return (text, html);
    }

    /// <summary>
    /// One header field as written to the file: <c>Name: value</c> and CRLF. The value never carries a raw line break
    /// (control characters become spaces, so data can never add a header), non-ASCII text becomes RFC 2047 encoded
    /// words, and long values are folded (RFC 5322 §2.2.3) so no line exceeds 78 characters.
    /// </summary>
    public static string HeaderLine(string name, string value)
    {
        var words = Encode(value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = new StringBuilder(name).Append(':');
        var length = line.Length;
        foreach (var word in words)
        {
            if (length + 1 + word.Length > 78)
            {
                line.Append("\r\n");
                length = 0;
            }

            line.Append(' ').Append(word);
            length += 1 + word.Length;
        }

        return line.Append("\r\n").ToString();
    }

    /// <summary>
    /// Header text made safe: control characters and Unicode line separators become spaces; non-ASCII text becomes
    /// RFC 2047 "B" encoded words of at most 64 characters each (whole UTF-8 sequences per word), separated by spaces.
    /// </summary>
    public static string Encode(string value)
    {
        var clean = SingleLine(value);
        if (clean.All(c => c < 128)) return clean;
        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var rune in clean.EnumerateRunes())
        {
            // 39 bytes of UTF-8 are 52 base64 characters: a 64-character word fits after "Subject: " within 78.
            if (Encoding.UTF8.GetByteCount(chunk.ToString()) + rune.Utf8SequenceLength > 39)
            {
                words.Add(Word(chunk.ToString()));
                chunk.Clear();
            }

            chunk.Append(rune.ToString());
        }

        if (chunk.Length > 0) words.Add(Word(chunk.ToString()));
        return string.Join(' ', words);
    }

    /// <summary>The text of a header value: encoded words decoded (adjacent ones joined, RFC 2047 §6.2), the rest kept.</summary>
    public static string Decode(string value)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = new StringBuilder();
        var previousEncoded = false;
        foreach (var part in parts)
        {
            var encoded = part.StartsWith("=?utf-8?B?", StringComparison.OrdinalIgnoreCase) && part.EndsWith("?=", StringComparison.Ordinal);
            if (text.Length > 0 && !(encoded && previousEncoded)) text.Append(' ');
            text.Append(encoded ? Encoding.UTF8.GetString(Convert.FromBase64String(part[10..^2])) : part);
            previousEncoded = encoded;
        }

        return text.ToString();
    }

    /// <summary>Control characters (CR and LF among them), DEL, C1 and U+2028/U+2029 replaced by spaces.</summary>
    public static string SingleLine(string value) =>
        string.Create(value.Length, value, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = Validation.Check.IsLineBreakOrControl(source[i]) ? ' ' : source[i];
        });

    private static string Word(string text) => $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";

    private static string? Parameter(string headerValue, string name)
    {
        foreach (var part in headerValue.Split(';').Skip(1))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && string.Equals(pair[0], name, StringComparison.OrdinalIgnoreCase)) return pair[1].Trim('"');
        }

        return null;
    }
}
