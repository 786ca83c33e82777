using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Collections.Engine.Errors;

namespace Collections.Engine.Expressions;

/// <summary>
/// Translates the inside of one <c>${...}</c> from JUEL (JSR 245, the Camunda 7 expression language) to a JavaScript
/// expression, by recursive descent over the JUEL grammar (§1.19). Every binary operation is emitted in parentheses,
/// so JUEL precedence is kept whatever JavaScript's would be.
/// <list type="bullet">
/// <item>Bare names become <c>__var("name")</c>: variables are read lazily, only when reached, and an unknown one fails
/// with "Unknown variable" as in Camunda. <c>execution</c> is the execution object; <c>now()</c> and <c>dateTime()</c>
/// are the only functions.</item>
/// <item><c>== != eq ne</c> call <c>__eq</c> so that two dates compare by instant, not identity; <c>empty</c> calls
/// <c>__empty</c>; <c>&amp;&amp; || ! and or not</c> give booleans, as in JUEL.</item>
/// <item><c>a.b</c> and <c>a['b']</c> read null for a null base (JUEL §1.6), emitted as <c>?.</c>; method calls do not.</item>
/// <item><c>+</c> keeps JavaScript semantics: numbers add, but a string operand concatenates (JUEL would coerce to a
/// number or fail). Arithmetic runs in double precision.</item>
/// </list>
/// Recursion is bounded twice: by <see cref="ExpressionOptions.MaxNestingDepth"/>, and by a probe of the native stack, so
/// a hostile <c>${((((...))))}</c> becomes a syntax error instead of a stack overflow, which .NET cannot catch and which
/// would end the whole server.
/// </summary>
internal sealed class JuelTranslator
{
    private static readonly string[] Functions = ["now", "dateTime"];

    private readonly string source;
    private readonly string body;
    private readonly int offset;
    private readonly int maxDepth;
    private readonly List<Token> tokens;
    private int index;
    private int depth;

    private JuelTranslator(string source, string body, int offset, int maxDepth)
    {
        this.source = source;
        this.body = body;
        this.offset = offset;
        this.maxDepth = maxDepth;
        tokens = Tokenize();
    }

    /// <summary>
    /// Translates <paramref name="body"/>, found at <paramref name="offset"/> in <paramref name="source"/> (for messages);
    /// nesting deeper than <paramref name="maxDepth"/> (brackets, calls, choices, unary operators) is a syntax error.
    /// </summary>
    public static string Translate(string source, string body, int offset, int maxDepth)
    {
        var translator = new JuelTranslator(source, body, offset, maxDepth);
        var js = translator.ParseChoice();
        var rest = translator.Current;
        if (rest.Kind != TokenKind.End)
        {
            throw translator.Error($"unexpected '{rest.Text}'", rest);
        }

        return js;
    }

    private Token Current => tokens[index];

    private Token Previous => tokens[Math.Max(0, index - 1)];

    /// <summary>Entered by every production that recurses: counts the nesting and probes the native stack.</summary>
    private void Enter()
    {
        if (++depth > maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error($"the expression is nested more than {maxDepth} levels deep", Current);
        }
    }

    private string ParseChoice()
    {
        Enter();
        var js = ParseChoiceCore();
        depth--;
        return js;
    }

    // Choice = Or ('?' Choice ':' Choice)?
    private string ParseChoiceCore()
    {
        var condition = ParseOr();
        if (!AcceptOperator("?"))
        {
            return condition;
        }

        var whenTrue = ParseChoice();
        ExpectOperator(":");
        var whenFalse = ParseChoice();
        return $"({condition} ? {whenTrue} : {whenFalse})";
    }

    private string ParseOr()
    {
        var left = ParseAnd();
        while (AcceptOperator("||") || AcceptWord("or"))
        {
            left = $"(!!{left} || !!{ParseAnd()})";
        }

        return left;
    }

    private string ParseAnd()
    {
        var left = ParseEquality();
        while (AcceptOperator("&&") || AcceptWord("and"))
        {
            left = $"(!!{left} && !!{ParseEquality()})";
        }

        return left;
    }

    private string ParseEquality()
    {
        var left = ParseRelational();
        while (true)
        {
            if (AcceptOperator("==") || AcceptWord("eq"))
            {
                left = $"__eq({left}, {ParseRelational()})";
            }
            else if (AcceptOperator("!=") || AcceptWord("ne"))
            {
                left = $"(!__eq({left}, {ParseRelational()}))";
            }
            else
            {
                return left;
            }
        }
    }

    private string ParseRelational()
    {
        var left = ParseAdditive();
        while (true)
        {
            string? op = AcceptOperator("<") || AcceptWord("lt") ? "<"
                : AcceptOperator(">") || AcceptWord("gt") ? ">"
                : AcceptOperator("<=") || AcceptWord("le") ? "<="
                : AcceptOperator(">=") || AcceptWord("ge") ? ">="
                : null;
            if (op is null)
            {
                return left;
            }

            left = $"({left} {op} {ParseAdditive()})";
        }
    }

    private string ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (true)
        {
            string? op = AcceptOperator("+") ? "+" : AcceptOperator("-") ? "-" : null;
            if (op is null)
            {
                return left;
            }

            left = $"({left} {op} {ParseMultiplicative()})";
        }
    }

    private string ParseMultiplicative()
    {
        var left = ParseUnary();
        while (true)
        {
            string? op = AcceptOperator("*") ? "*"
                : AcceptOperator("/") || AcceptWord("div") ? "/"
                : AcceptOperator("%") || AcceptWord("mod") ? "%"
                : null;
            if (op is null)
            {
                return left;
            }

            left = $"({left} {op} {ParseUnary()})";
        }
    }

    // Unary = ('-' | '!' | 'not' | 'empty') Unary | Value
    private string ParseUnary()
    {
        var op = AcceptOperator("-") ? "-"
            : AcceptOperator("!") || AcceptWord("not") ? "!"
            : AcceptWord("empty") ? "empty"
            : null;
        if (op is null)
        {
            return ParseValue();
        }

        Enter();
        var operand = ParseUnary();
        depth--;
        return op == "empty" ? $"__empty({operand})" : $"({op}{operand})";
    }

    // Value = Primary ('.' Name Arguments? | '[' Choice ']' Arguments?)*
    private string ParseValue()
    {
        var js = ParsePrimary();
        while (true)
        {
            if (AcceptOperator("."))
            {
                var name = Current;
                if (name.Kind != TokenKind.Identifier)
                {
                    throw Error("expected a property name after '.'", name);
                }

                index++;
                js = IsOperator(Current, "(") ? $"{js}.{name.Text}{ParseArguments()}" : $"{js}?.{name.Text}";
            }
            else if (AcceptOperator("["))
            {
                var key = ParseChoice();
                ExpectOperator("]");
                js = IsOperator(Current, "(") ? $"{js}[{key}]{ParseArguments()}" : $"{js}?.[{key}]";
            }
            else
            {
                return js;
            }
        }
    }

    private string ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                index++;
                return token.Text;
            case TokenKind.String:
                index++;
                return JavaScriptString(token.Text);
            case TokenKind.Operator when token.Text == "(":
                index++;
                var inner = ParseChoice();
                ExpectOperator(")");
                return $"({inner})";
            case TokenKind.Operator when token.Text == "[":
                index++;
                var items = ParseList("]");
                return $"[{items}]";
            case TokenKind.Identifier:
                return ParseName(token);
            case TokenKind.End:
                throw Error(index == 0 ? "expected a value" : $"expected a value after '{Previous.Text}'", token);
            default:
                throw Error($"unexpected '{token.Text}'", token);
        }
    }

    private string ParseName(Token token)
    {
        index++;
        switch (token.Text)
        {
            case "true" or "false" or "null":
                return token.Text;
            case "and" or "or" or "not" or "eq" or "ne" or "lt" or "gt" or "le" or "ge" or "div" or "mod" or "empty":
                throw Error($"unexpected '{token.Text}'", token);
            case "instanceof":
                throw Error("'instanceof' is not supported", token);
        }

        if (IsOperator(Current, "("))
        {
            if (!Functions.Contains(token.Text, StringComparer.Ordinal))
            {
                throw Error($"unknown function '{token.Text}' (available: now(), dateTime())", token);
            }

            return token.Text + ParseArguments();
        }

        if (IsOperator(Current, ":"))
        {
            throw Error($"function prefixes such as '{token.Text}:' are not supported", token);
        }

        return token.Text == "execution" ? "execution" : $"__var({JavaScriptString(token.Text)})";
    }

    private string ParseArguments()
    {
        ExpectOperator("(");
        return $"({ParseList(")")})";
    }

    private string ParseList(string close)
    {
        var items = new List<string>();
        if (AcceptOperator(close))
        {
            return "";
        }

        do
        {
            items.Add(ParseChoice());
        }
        while (AcceptOperator(","));

        ExpectOperator(close);
        return string.Join(", ", items);
    }

    private bool AcceptOperator(string op)
    {
        if (!IsOperator(Current, op))
        {
            return false;
        }

        index++;
        return true;
    }

    private bool AcceptWord(string word)
    {
        if (Current.Kind != TokenKind.Identifier || Current.Text != word)
        {
            return false;
        }

        index++;
        return true;
    }

    private void ExpectOperator(string op)
    {
        if (!AcceptOperator(op))
        {
            var token = Current;
            throw Error(token.Kind == TokenKind.End ? $"expected '{op}' before the end" : $"expected '{op}' but found '{token.Text}'", token);
        }
    }

    private static bool IsOperator(Token token, string op) => token.Kind == TokenKind.Operator && token.Text == op;

    private ExpressionSyntaxException Error(string message, Token at) =>
        new(source, $"{message} at position {offset + at.Position + 1}");

    private ExpressionSyntaxException Error(string message, int position) =>
        new(source, $"{message} at position {offset + position + 1}");

    /// <summary>A double-quoted JavaScript string literal holding <paramref name="value"/> exactly.</summary>
    private static string JavaScriptString(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ' or '\u2028' or '\u2029':
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }

    private List<Token> Tokenize()
    {
        var list = new List<Token>();
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_' || c == '$')
            {
                var start = i;
                while (i < body.Length && (char.IsAsciiLetterOrDigit(body[i]) || body[i] == '_' || body[i] == '$'))
                {
                    i++;
                }

                list.Add(new Token(TokenKind.Identifier, body[start..i], start));
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < body.Length && char.IsAsciiDigit(body[i + 1])))
            {
                list.Add(ReadNumber(ref i));
            }
            else if (c is '\'' or '"')
            {
                list.Add(ReadString(ref i));
            }
            else
            {
                list.Add(ReadOperator(ref i));
            }
        }

        list.Add(new Token(TokenKind.End, "", body.Length));
        return list;
    }

    // JSR 245 §1.19: IntegerLiteral, FloatingPointLiteral ([0-9]+ . [0-9]* Exponent? | . [0-9]+ Exponent? | [0-9]+ Exponent).
    private Token ReadNumber(ref int i)
    {
        var start = i;
        while (i < body.Length && char.IsAsciiDigit(body[i]))
        {
            i++;
        }

        if (i < body.Length && body[i] == '.' && !(i + 1 < body.Length && char.IsAsciiLetter(body[i + 1])))
        {
            i++;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
            }
        }

        if (i < body.Length && body[i] is 'e' or 'E')
        {
            var exponent = i + 1;
            if (exponent < body.Length && body[exponent] is '+' or '-')
            {
                exponent++;
            }

            if (exponent >= body.Length || !char.IsAsciiDigit(body[exponent]))
            {
                throw Error("malformed number exponent", i);
            }

            i = exponent;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
            }
        }

        if (i < body.Length && (char.IsAsciiLetter(body[i]) || body[i] == '_'))
        {
            throw Error($"malformed number '{body[start..(i + 1)]}'", start);
        }

        var text = body[start..i];
        return new Token(TokenKind.Number, text.EndsWith('.') ? text + "0" : text, start);
    }

    // JSR 245 §1.19: in a string literal only \\, \' and \" are escapes.
    private Token ReadString(ref int i)
    {
        var start = i;
        var quote = body[i++];
        var sb = new StringBuilder();
        while (i < body.Length)
        {
            var c = body[i++];
            if (c == quote)
            {
                return new Token(TokenKind.String, sb.ToString(), start);
            }

            if (c == '\\' && i < body.Length && body[i] is '\\' or '\'' or '"')
            {
                sb.Append(body[i++]);
            }
            else
            {
                sb.Append(c);
            }
        }

        throw Error("string literal is not closed", start);
    }

    private static readonly string[] Operators =
        ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%", "?", ":", ".", "[", "]", "(", ")", ","];

    private Token ReadOperator(ref int i)
    {
        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(body, i, op, 0, op.Length) == 0)
            {
                var token = new Token(TokenKind.Operator, op, i);
                i += op.Length;
                return token;
            }
        }

        var c = body[i];
        throw c switch
        {
            '=' => Error("'=' is not supported; compare with '==' or 'eq'", i),
            '&' or '|' => Error($"'{c}' is not supported; use '{c}{c}'", i),
            _ => Error($"unexpected character '{c}'", i),
        };
    }

    private enum TokenKind
    {
        Identifier,
        Number,
        String,
        Operator,
        End,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Position);
}
