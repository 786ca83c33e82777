using System.Text.Json.Nodes;
using Collections.Engine.Model;
using Collections.Engine.Variables;

namespace Collections.Engine.Runtime;

/// <summary>Values of <c>camunda:inputParameter</c>/<c>outputParameter</c>: text, script, list or map.</summary>
internal static class ParameterEvaluator
{
    public static VariableValue Evaluate(ExecutionStep step, ParameterValue value) => value switch
    {
        ExpressionParameterValue { Expression.Text.Length: 0 } => VariableValue.Null,
        ExpressionParameterValue e => step.Evaluate(e.Expression),
        ScriptParameterValue s => step.Context.Evaluator.RunScript(s.Script, step.Variables),
        ListParameterValue l => VariableValue.Json(new JsonArray(l.Items.Select(i => ToNode(Evaluate(step, i))).ToArray())),
        MapParameterValue m => VariableValue.Json(ToObject(step, m)),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static JsonObject ToObject(ExecutionStep step, MapParameterValue map)
    {
        var result = new JsonObject();
        foreach (var (key, item) in map.Entries) result[key] = ToNode(Evaluate(step, item));
        return result;
    }

    private static JsonNode? ToNode(VariableValue value) => value.Value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        decimal d => JsonValue.Create(d),
        DateTimeOffset dto => JsonValue.Create(dto.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value.AsString()),
    };
}
