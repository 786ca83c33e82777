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

    /// <summary>RFC 2047 encoded word for non-ASCII header text (Spanish subjects).</summary>
    public static string Encode(string value) =>
        value.All(c => c < 128) ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";

    public static string Decode(string value) =>
        value.StartsWith("=?utf-8?B?", StringComparison.OrdinalIgnoreCase) && value.EndsWith("?=", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(value[10..^2]))
            : value;

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
