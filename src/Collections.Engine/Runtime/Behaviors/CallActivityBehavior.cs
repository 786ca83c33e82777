using Collections.Engine.Model;
using Collections.Engine.Runtime.State;
using Collections.Engine.Variables;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>
/// Starts the called process (latest or pinned version) with the <c>camunda:in</c> variables and waits; when the
/// child ends, <c>camunda:out</c> copies variables back and the token leaves.
/// </summary>
internal sealed class CallActivityBehavior : FlowNodeBehavior
{
    public override async ValueTask ExecuteAsync(ExecutionStep step)
    {
        var call = (CallActivity)step.Node;
        var key = step.EvaluateString(call.CalledElement);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new Errors.InvalidRequestException("call-activity.no-key", $"calledElement of '{call.Id}' evaluated to an empty value.");
        }

        int? version = call.Binding == CalledElementBinding.Version && call.Version is not null
            ? int.Parse(step.EvaluateString(call.Version) ?? "", System.Globalization.CultureInfo.InvariantCulture)
            : null;
        var definition = await step.Context.Definitions.GetByKeyAsync(step.Context.Db, key, version, step.Context.CancellationToken);
        var variables = InVariables(step, call);
        var businessKey = call.BusinessKey is null ? null : step.EvaluateString(call.BusinessKey);
        var start = definition.Model.NoneStartEvent
            ?? throw new Errors.InvalidRequestException("call-activity.no-start", $"Called process '{key}' has no none start event.");
        var child = step.Context.StartInstance(definition, start, businessKey, variables, step.Run);
        step.Ai.CalledInstanceId = child.Id;
    }

    private static Dictionary<string, VariableValue> InVariables(ExecutionStep step, CallActivity call)
    {
        var visible = new ScopeVariables(step.Context, step.Run, step.Ai);
        var result = new Dictionary<string, VariableValue>(StringComparer.Ordinal);
        foreach (var mapping in call.InMappings)
        {
            if (mapping.AllVariables)
            {
                foreach (var (name, value) in visible.Snapshot()) result[name] = value;
            }
            else if (mapping.Target is { } target)
            {
                result[target] = Resolve(step.Context, visible, mapping);
            }
        }

        return result;
    }

    /// <summary>Copies <c>camunda:out</c> variables from the ended child to the call activity's scope.</summary>
    public static void ApplyOutMappings(CommandContext context, ProcessRun parent, ActivityInstanceState callAi, ProcessRun child)
    {
        var call = (CallActivity)parent.NodeOf(callAi);
        var childVariables = new ScopeVariables(context, child, child.State.Root);
        var target = new ScopeVariables(context, parent, callAi);
        var values = new List<(string, VariableValue)>();
        foreach (var mapping in call.OutMappings)
        {
            if (mapping.AllVariables)
            {
                values.AddRange(childVariables.Snapshot().Select(kv => (kv.Key, kv.Value)));
            }
            else if (mapping.Target is { } name)
            {
                values.Add((name, Resolve(context, childVariables, mapping)));
            }
        }

        foreach (var (name, value) in values) target.SetVariable(name, value);
    }

    private static VariableValue Resolve(CommandContext context, ScopeVariables source, VariableMapping mapping)
    {
        if (mapping.SourceExpression is { } expression) return context.Evaluator.Evaluate(expression, source);
        return mapping.Source is { } name && source.TryGetVariable(name, out var value) ? value : VariableValue.Null;
    }
}
