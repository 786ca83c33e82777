using System.Globalization;
using System.Text;
using Collections.Engine.Errors;
using Collections.Engine.Model;
using Collections.Engine.Variables;
using Jint;
using JintOptions = Jint.Options;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Microsoft.Extensions.Options;

namespace Collections.Engine.Expressions;

/// <summary>
/// Runs prepared expressions and scripts in a Jint sandbox (DESIGN.md D6): strict mode, no CLR access, no
/// <c>eval</c>/<c>new Function</c>, no modules, and the statement, time, memory and recursion limits of
/// <see cref="ExpressionOptions"/>. Every failure becomes <see cref="ExpressionEvaluationException"/>.
/// </summary>
/// <remarks>
/// Each evaluation gets a fresh <see cref="Jint.Engine"/> built from one shared, immutable <see cref="JintOptions"/> (a pattern
/// Jint supports: constraints are created per engine). Reusing an engine per thread is cheaper, but a script can
/// change built-ins (<c>Array.prototype.push = ...</c>) or globals, and no reset of a Jint realm is complete enough
/// to stop that from leaking into the next, unrelated evaluation; isolation wins over the saved microseconds.
/// <para>
/// Numbers: JavaScript has only doubles, so arithmetic in expressions is double precision. Results are stored
/// exactly as integers when whole and within ±2^53, else as decimals rounded to 15 significant digits.
/// </para>
/// </remarks>
public sealed class JintExpressionEvaluator : IExpressionEvaluator
{
    private const string ExpressionKind = "Expression";
    private const string ScriptKind = "Script";

    private readonly ExpressionOptions limits;
    private readonly JintOptions sandbox;

    public JintExpressionEvaluator(TimeProvider timeProvider, IOptions<ExpressionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        limits = options.Value;

        // Jint treats a zero or negative limit as "no limit": refuse it rather than run unguarded.
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxStatements, nameof(ExpressionOptions.MaxStatements));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MemoryLimitBytes, nameof(ExpressionOptions.MemoryLimitBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.RecursionLimit, nameof(ExpressionOptions.RecursionLimit));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxAllocationBytes, nameof(ExpressionOptions.MaxAllocationBytes));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limits.Timeout, TimeSpan.Zero, nameof(ExpressionOptions.Timeout));

        sandbox = new JintOptions { TimeSystem = new TimeProviderTimeSystem(timeProvider) };
        sandbox.Interop.Enabled = false; // the default, stated: scripts never see CLR types (no AllowClr, no importNamespace)
        sandbox.Strict()
            .DisableStringCompilation() // eval and new Function would escape the per-definition recursion limit
            .MaxStatements(limits.MaxStatements)
            .TimeoutInterval(limits.Timeout)
            .LimitMemory(limits.MemoryLimitBytes)
            .LimitRecursion(limits.RecursionLimit);

        // Recursion through getters, proxies or coercions becomes a RangeError instead of a process-killing stack overflow.
        sandbox.Constraints.StackOverflowGuard = true;
        sandbox.Constraints.RegexTimeout = limits.Timeout;

        // One statement could otherwise allocate a huge dense array (new Array(n), Array.from) before the memory check runs.
        sandbox.Constraints.MaxArraySize = (uint)Math.Clamp(Math.Min(limits.MemoryLimitBytes, limits.MaxAllocationBytes) / 8, 1, uint.MaxValue - 1);
    }

    public VariableValue Evaluate(Expression expression, IVariableContext context)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        if (expression.IsLiteral)
        {
            return VariableValue.String(expression.Text);
        }

        var prepared = expression.Prepared as PreparedExpression ?? throw NotCompiled(expression.Text);
        return Run(expression.Text, ExpressionKind, context, prepared.ReferencedGlobals, exposeVariables: false, session =>
        {
            var result = session.Engine.Evaluate(prepared.Program);
            return prepared.Literals is { } literals ? Concatenate(session, literals, result) : session.ToVariable(result);
        });
    }

    public bool EvaluateCondition(ConditionSource condition, IVariableContext context)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(context);
        var (text, result) = condition switch
        {
            { Expression: { } expression } => (expression.Text, Evaluate(expression, context)),
            { Script: { } script } => (script.Body, RunScript(script, context)),
            _ => throw new ExpressionEvaluationException("", "the condition has neither an expression nor a script"),
        };

        return result.Type == VariableType.Boolean
            ? (bool)result.Value!
            : throw new ExpressionEvaluationException(
                text, $"a condition must return a boolean, but it returned {VariableTypeNames.Of(result.Type)} '{result.AsString()}'");
    }

    public VariableValue RunScript(ScriptSource script, IVariableContext context)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(context);
        var prepared = script.Prepared as PreparedScript ?? throw NotCompiled(script.Body);
        return Run(script.Body, ScriptKind, context, prepared.ReferencedGlobals, exposeVariables: true,
            session => session.ToVariable(session.Engine.Evaluate(prepared.Program)));
    }

    private VariableValue Run(
        string source,
        string kind,
        IVariableContext context,
        IReadOnlyCollection<string> referencedGlobals,
        bool exposeVariables,
        Func<EvaluationSession, VariableValue> body)
    {
        try
        {
            using var session = new EvaluationSession(sandbox, context, source, referencedGlobals, exposeVariables, limits.MaxAllocationBytes);
            return body(session);
        }
        catch (ExpressionEvaluationException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new ExpressionEvaluationException(source, Describe(ex, kind), ex);
        }
    }

    private static VariableValue Concatenate(EvaluationSession session, string[] literals, JsValue parts)
    {
        var text = new StringBuilder(literals[0]);
        var array = (ObjectInstance)parts;
        for (var i = 1; i < literals.Length; i++)
        {
            text.Append(session.ToVariable(array.Get(i - 1)).AsString()).Append(literals[i]);
        }

        return VariableValue.String(text.ToString());
    }

    private string Describe(Exception exception, string kind) => exception switch
    {
        StatementsCountOverflowException => $"{kind} exceeded {limits.MaxStatements} statements",
        TimeoutException => $"{kind} exceeded the time limit of {limits.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s",
        MemoryLimitExceededException => $"{kind} exceeded the memory limit of {limits.MemoryLimitBytes} bytes",
        AllocationLimitExceededException allocation => $"{kind} exceeded the allocation limit: {allocation.Message}",
        InsufficientExecutionStackException => $"{kind} nested calls too deeply for the server's stack",
        RecursionDepthOverflowException => $"{kind} exceeded the recursion limit of {limits.RecursionLimit} calls of one function",
        JavaScriptException js => DescribeJavaScriptError(js, kind),
        JintException jint => jint.Message,
        _ => $"unexpected {exception.GetType().Name}: {exception.Message}",
    };

    /// <summary>A JavaScript error as the script author should read it; a ReferenceError is an unknown variable, as in Camunda.</summary>
    private static string DescribeJavaScriptError(JavaScriptException exception, string kind)
    {
        const string NotDefined = " is not defined";
        var name = exception.Error is ObjectInstance error && error.Get("name") is { Type: Types.String } n ? n.ToString() : null;
        if (name == "ReferenceError" && exception.Message.EndsWith(NotDefined, StringComparison.Ordinal))
        {
            return $"Unknown variable '{exception.Message[..^NotDefined.Length]}'";
        }

        var message = name is null ? exception.Message : $"{name}: {exception.Message}";
        var start = exception.Location.Start;
        return kind == ScriptKind && start.Line > 0
            ? $"{message} (line {start.Line}, column {start.Column + 1})"
            : message;
    }

    private static ExpressionEvaluationException NotCompiled(string source) =>
        new(source, "it was not compiled by ExpressionCompiler");
}
