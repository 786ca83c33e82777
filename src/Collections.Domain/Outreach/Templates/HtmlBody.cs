using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Collections.Domain.Outreach.Templates;

/// <summary>
/// The HTML part of an e-mail, made from the template's plain text so there is one text to write and review per
/// language: paragraphs at blank lines, <c>- </c> lines as a list, links made clickable, everything else escaped
/// (variables come from the integrator and must never become markup).
/// </summary>
public static partial class HtmlBody
{
    public static string From(string subject, string text, string language)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(WebUtility.HtmlEncode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222;max-width:640px\">\n");
        foreach (var block in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0) continue;
            var items = lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
            var lead = lines.TakeWhile(l => !l.StartsWith("- ", StringComparison.Ordinal)).ToList();
            if (items.Count > 0 && lead.Count + items.Count == lines.Count)
            {
                if (lead.Count > 0) html.Append("<p>").AppendJoin("<br>\n", lead.Select(Inline)).Append("</p>\n");
                html.Append("<ul>\n");
                foreach (var item in items) html.Append("<li>").Append(Inline(item[2..])).Append("</li>\n");
                html.Append("</ul>\n");
            }
            else
            {
                html.Append("<p>").AppendJoin("<br>\n", lines.Select(Inline)).Append("</p>\n");
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Inline(string line)
    {
        var encoded = WebUtility.HtmlEncode(line);
        return Link().Replace(encoded, m => $"<a href=\"{m.Value}\">{m.Value}</a>");
    }

    [GeneratedRegex(@"https?://[^\s<>""']+[^\s<>""'.,;:)]")]
    private static partial Regex Link();
}
