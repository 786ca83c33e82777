using Acornima;
using Collections.Engine.Errors;
using Collections.Engine.Model;
using Jint;
using Microsoft.Extensions.Options;
using JintEngine = Jint.Engine;

namespace Collections.Engine.Expressions;

/// <summary>
/// Compiles <c>${...}</c> expressions (Camunda's JUEL form, translated by <see cref="JuelTranslator"/>) and javascript
/// scripts into Jint programs, once per deployment: parse once, run many (DESIGN.md D6). Syntax errors surface here, at
/// deploy, as <see cref="ExpressionSyntaxException"/>.
/// </summary>
public sealed class ExpressionCompiler : IExpressionCompiler
{
    // Free names tell the evaluator which helpers and, for scripts, which variables a program needs.
    private static readonly ScriptPreparationOptions Preparation = new() { CollectReferencedGlobals = true };

    /// <summary>Script formats accepted for <c>scriptFormat</c>, compared case-insensitively.</summary>
    private static readonly string[] JavaScriptFormats = ["javascript", "js", "ecmascript"];

    private readonly int maxNestingDepth;

    /// <summary>A compiler with the default limits of <see cref="ExpressionOptions"/>.</summary>
    public ExpressionCompiler()
        : this(Microsoft.Extensions.Options.Options.Create(new ExpressionOptions()))
    {
    }

    public ExpressionCompiler(IOptions<ExpressionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        maxNestingDepth = options.Value.MaxNestingDepth;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxNestingDepth, nameof(ExpressionOptions.MaxNestingDepth));
    }

    public Expression Compile(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!ExpressionTemplate.HasExpression(text))
        {
            return new Expression(text, null);
        }

        var parts = ExpressionTemplate.Split(text);
        if (parts is [{ IsExpression: true } single])
        {
            var js = JuelTranslator.Translate(text, single.Text, single.Offset, maxNestingDepth);
            return new Expression(text, new PreparedExpression(Prepare(text, js, Preparation), null));
        }

        // Mixed text: evaluate every ${...} in one program that yields an array, and keep the literals around them.
        var literals = new List<string>();
        var expressions = new List<string>();
        var pendingLiteral = "";
        foreach (var part in parts)
        {
            if (part.IsExpression)
            {
                literals.Add(pendingLiteral);
                expressions.Add(JuelTranslator.Translate(text, part.Text, part.Offset, maxNestingDepth));
                pendingLiteral = "";
            }
            else
            {
                pendingLiteral = part.Text;
            }
        }

        literals.Add(pendingLiteral);
        if (expressions.Count == 0)
        {
            // Only escaped \${ sequences: constant text with the escapes resolved, while Text stays as written.
            return new Expression(text, new PreparedExpression(Prepare(text, "[]", Preparation), [string.Concat(literals)]));
        }

        var program = Prepare(text, $"[{string.Join(", ", expressions)}]", Preparation);
        return new Expression(text, new PreparedExpression(program, [.. literals]));
    }

    public ScriptSource CompileScript(string format, string body)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(body);
        if (!JavaScriptFormats.Contains(format.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new ExpressionSyntaxException(body, $"script format '{format}' is not supported; use javascript");
        }

        return new ScriptSource(format, body, new PreparedScript(Prepare(body, body, Preparation)));
    }

    /// <summary>Parses <paramref name="javaScript"/> in strict mode; a syntax error names <paramref name="source"/>, line and column.</summary>
    private static Prepared<Acornima.Ast.Script> Prepare(string source, string javaScript, ScriptPreparationOptions options)
    {
        try
        {
            return JintEngine.PrepareScript(javaScript, source: null, strict: true, options: options);
        }
        catch (ScriptPreparationException ex) when (IsTooDeep(ex))
        {
            // Jint's parser stops at 256 levels or when the native stack runs low; say so in the author's terms.
            throw new ExpressionSyntaxException(source, "the code is nested too deeply (brackets, calls or operators); simplify it");
        }
        catch (ScriptPreparationException ex) when (ex.InnerException is ParseErrorException parse)
        {
            throw new ExpressionSyntaxException(source, $"{parse.Description} at line {parse.LineNumber}, column {parse.Column + 1}");
        }
        catch (ScriptPreparationException ex)
        {
            throw new ExpressionSyntaxException(source, ex.Message);
        }
    }

    private static bool IsTooDeep(ScriptPreparationException ex) =>
        ex.InnerException is InsufficientExecutionStackException
        || ex.Message.Contains("nesting exceeds maximum depth", StringComparison.Ordinal);
}
