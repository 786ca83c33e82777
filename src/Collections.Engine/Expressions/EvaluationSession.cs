using System.Globalization;
using System.Text.Json.Nodes;
using Collections.Engine.Errors;
using Collections.Engine.Variables;
using Jint;
using JintEngine = Jint.Engine;
using JintOptions = Jint.Options;
using Jint.Native;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Collections.Engine.Expressions;

/// <summary>
/// One evaluation's sandbox: a fresh Jint <see cref="Jint.Engine"/> with the prelude, <c>__var</c> and the
/// <c>execution</c> object installed, and the conversions between <see cref="VariableValue"/> and JavaScript.
/// Variables are read from the <see cref="IVariableContext"/> only when the program reaches them, once each.
/// </summary>
internal sealed class EvaluationSession : IDisposable
{
    /// <summary>2^53: integers up to this size survive the trip through a JavaScript number exactly.</summary>
    private const double MaxSafeInteger = 9_007_199_254_740_992d;

    private readonly IVariableContext context;
    private readonly string source;
    private readonly Dictionary<string, JsValue> read = new(StringComparer.Ordinal);
    private readonly ObjectInstance? dateTimePrototype;

    /// <param name="options">The shared sandbox options with their limits.</param>
    /// <param name="context">Where variables are read and written.</param>
    /// <param name="source">The expression or script text, for error messages.</param>
    /// <param name="referencedGlobals">Free names of the program: only the helpers it names are installed.</param>
    /// <param name="exposeVariables">For scripts: free names that are process variables become globals.</param>
    /// <param name="maxAllocationBytes">Largest block one built-in call may allocate (<see cref="AllocationGuard"/>).</param>
    public EvaluationSession(
        JintOptions options,
        IVariableContext context,
        string source,
        IReadOnlyCollection<string> referencedGlobals,
        bool exposeVariables,
        long maxAllocationBytes)
    {
        this.context = context;
        this.source = source;
        Engine = new JintEngine(options);
        AllocationGuard.Install(Engine, maxAllocationBytes, referencedGlobals);
        Engine.Execute(ExpressionPrelude.CoreProgram);
        if (referencedGlobals.Contains(ExpressionPrelude.DateTimeFunction))
        {
            Engine.Execute(ExpressionPrelude.DateTimeProgram);
            dateTimePrototype = (ObjectInstance)Engine.GetValue(ExpressionPrelude.DateTimeConstructor).Get("prototype");
        }

        var global = Engine.Global;
        if (referencedGlobals.Contains("__var"))
        {
            global.FastSetDataProperty("__var", HostFunction("__var", (_, args) => ReadVariable(NameArgument("__var", args), required: true)));
        }

        if (referencedGlobals.Contains("execution"))
        {
            global.FastSetDataProperty("execution", CreateExecution());
        }

        if (!exposeVariables)
        {
            return;
        }

        // A script reads variables by bare name: expose the free names it uses that are process variables.
        // Names the sandbox already defines (Math, JSON, now, execution...) keep their built-in meaning.
        foreach (var name in referencedGlobals)
        {
            if (!global.HasProperty(name) && context.TryGetVariable(name, out var value))
            {
                global.FastSetDataProperty(name, ToJavaScript(value));
            }
        }
    }

    public JintEngine Engine { get; }

    public void Dispose() => Engine.Dispose();

    /// <summary>Converts a process variable to JavaScript; numbers become doubles (precision beyond 2^53 or 15 digits is lost).</summary>
    public JsValue ToJavaScript(VariableValue value) => value.Type switch
    {
        VariableType.Null => JsValue.Null,
        VariableType.String => new JsString((string)value.Value!),
        VariableType.Boolean => (bool)value.Value! ? JsBoolean.True : JsBoolean.False,
        VariableType.Integer => JsNumber.Create((double)(long)value.Value!),
        VariableType.Decimal => JsNumber.Create((double)(decimal)value.Value!),
        VariableType.DateTime => new JsDate(Engine, (DateTimeOffset)value.Value!),
        VariableType.Json => new JsonParser(Engine).Parse(((JsonNode)value.Value!).ToJsonString()),
        _ => throw Failure($"variables of type {value.Type} cannot be read"),
    };

    /// <summary>
    /// Converts a JavaScript result to a variable. A whole number within ±2^53 becomes an integer; any other finite
    /// number a decimal, through <c>(decimal)double</c>, which keeps 15 significant digits and so drops binary noise
    /// such as <c>10000.01 * 0.1 = 1000.0010000000001</c> (stored as 1000.001).
    /// </summary>
    public VariableValue ToVariable(JsValue value)
    {
        switch (value.Type)
        {
            case Types.Undefined or Types.Null:
                return VariableValue.Null;
            case Types.Boolean:
                return VariableValue.Boolean(value.AsBoolean());
            case Types.Number:
                return FromNumber(value.AsNumber());
            case Types.String:
                return VariableValue.String(value.ToString());
        }

        if (value is JsDate date)
        {
            return FromMilliseconds(date.DateValue);
        }

        if (value is not ObjectInstance obj || value.Type != Types.Object)
        {
            throw Failure($"a {value.Type.ToString().ToLowerInvariant()} value cannot be stored as a variable");
        }

        if (dateTimePrototype is not null && ReferenceEquals(obj.Prototype, dateTimePrototype))
        {
            return FromMilliseconds(obj.Get("__millis").AsNumber());
        }

        if (obj is Jint.Native.Function.Function)
        {
            throw Failure("a function cannot be stored as a variable");
        }

        var json = new JsonSerializer(Engine).Serialize(value);
        return json.Type == Types.String
            ? VariableValue.Json(JsonNode.Parse(json.ToString()))
            : throw Failure("the value cannot be represented as JSON");
    }

    private VariableValue FromNumber(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            throw Failure($"the number {number.ToString(CultureInfo.InvariantCulture)} cannot be stored as a variable");
        }

        if (Math.Abs(number) <= MaxSafeInteger && number == Math.Floor(number))
        {
            return VariableValue.Integer((long)number);
        }

        try
        {
            return VariableValue.Decimal((decimal)number);
        }
        catch (OverflowException)
        {
            throw Failure($"the number {number.ToString(CultureInfo.InvariantCulture)} is too large for a decimal variable");
        }
    }

    private VariableValue FromMilliseconds(double milliseconds)
    {
        if (double.IsNaN(milliseconds))
        {
            throw Failure("an invalid date cannot be stored as a variable");
        }

        return VariableValue.DateTime(DateTimeOffset.UnixEpoch.AddMilliseconds(milliseconds));
    }

    private JsValue ReadVariable(string name, bool required)
    {
        if (read.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!context.TryGetVariable(name, out var value))
        {
            return required ? throw Failure($"Unknown variable '{name}'") : JsValue.Null;
        }

        var converted = ToJavaScript(value);
        read[name] = converted;
        return converted;
    }

    private JsValue WriteVariable(JsValue[] args, bool local)
    {
        var method = local ? "execution.setVariableLocal" : "execution.setVariable";
        var name = NameArgument(method, args);
        var value = ToVariable(args.Length > 1 ? args[1] : JsValue.Undefined);
        if (local)
        {
            context.SetVariableLocal(name, value);
        }
        else
        {
            context.SetVariable(name, value);
        }

        read.Remove(name);
        return JsValue.Undefined;
    }

    /// <summary>Camunda's <c>execution</c> (DelegateExecution) as far as expressions and scripts need it.</summary>
    private JsObject CreateExecution()
    {
        var execution = new JsObject(Engine);
        execution.FastSetDataProperty("getVariable", HostFunction("getVariable", (_, args) => ReadVariable(NameArgument("execution.getVariable", args), required: false)));
        execution.FastSetDataProperty("hasVariable", HostFunction("hasVariable", (_, args) => context.TryGetVariable(NameArgument("execution.hasVariable", args), out VariableValue _) ? JsBoolean.True : JsBoolean.False));
        execution.FastSetDataProperty("setVariable", HostFunction("setVariable", (_, args) => WriteVariable(args, local: false)));
        execution.FastSetDataProperty("setVariableLocal", HostFunction("setVariableLocal", (_, args) => WriteVariable(args, local: true)));
        execution.FastSetDataProperty("getProcessInstanceId", HostFunction("getProcessInstanceId", (_, _) => new JsString(context.ProcessInstanceId.ToString("D"))));
        execution.FastSetDataProperty("getBusinessKey", HostFunction("getBusinessKey", (_, _) => context.BusinessKey is { } key ? new JsString(key) : JsValue.Null));
        execution.FastSetDataProperty("getCurrentActivityId", HostFunction("getCurrentActivityId", (_, _) => new JsString(context.ActivityId)));
        return execution;
    }

    private ClrFunction HostFunction(string name, Func<JsValue, JsValue[], JsValue> body) => new(Engine, name, body);

    private string NameArgument(string method, JsValue[] args) =>
        args.Length > 0 && args[0].Type == Types.String && args[0].ToString() is { Length: > 0 } name
            ? name
            : throw Failure($"{method} needs a variable name as its first argument");

    private ExpressionEvaluationException Failure(string message) => new(source, message);
}
