using System.Text;
using Collections.Engine.Errors;

namespace Collections.Engine.Expressions;

/// <summary>
/// Splits text into literal parts and <c>${...}</c> / <c>#{...}</c> parts (JSR 245 §1.2: composite expressions).
/// The closing brace is found while skipping string literals and nested braces, so <c>${a == '}'}</c> is one part.
/// <c>\${</c> is an escaped, literal <c>${</c> as in JUEL.
/// </summary>
internal static class ExpressionTemplate
{
    public static bool HasExpression(string text) =>
        text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal);

    public static List<TemplatePart> Split(string text)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 2 < text.Length && IsStart(text, i + 1))
            {
                literal.Append(text, i + 1, 2);
                i += 3;
                continue;
            }

            if (!IsStart(text, i))
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (literal.Length > 0)
            {
                parts.Add(new TemplatePart(false, literal.ToString(), i - literal.Length));
                literal.Clear();
            }

            var bodyStart = i + 2;
            var end = FindClosingBrace(text, bodyStart)
                ?? throw new ExpressionSyntaxException(text, $"'{text[i]}{{' at position {i + 1} has no closing '}}'");
            var body = text[bodyStart..end];
            if (body.Trim().Length == 0)
            {
                throw new ExpressionSyntaxException(text, $"'{text[i]}{{}}' at position {i + 1} is empty");
            }

            parts.Add(new TemplatePart(true, body, bodyStart));
            i = end + 1;
        }

        if (literal.Length > 0)
        {
            parts.Add(new TemplatePart(false, literal.ToString(), text.Length - literal.Length));
        }

        return parts;
    }

    private static bool IsStart(string text, int i) =>
        i + 1 < text.Length && (text[i] == '$' || text[i] == '#') && text[i + 1] == '{';

    /// <summary>Index of the '}' closing an expression whose body starts at <paramref name="start"/>, or null.</summary>
    private static int? FindClosingBrace(string text, int start)
    {
        var depth = 0;
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when depth == 0:
                    return i;
                case '}':
                    depth--;
                    break;
            }
        }

        return null;
    }
}
