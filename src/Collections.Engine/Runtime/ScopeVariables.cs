using Collections.Engine.Expressions;
using Collections.Engine.Runtime.State;
using Collections.Engine.Variables;

namespace Collections.Engine.Runtime;

/// <summary>
/// Variables as seen from one activity instance: its own locals, then each enclosing scope up to the process.
/// Setting a variable writes where it already exists, else on the process (Camunda's setVariable).
/// </summary>
internal sealed class ScopeVariables(CommandContext context, ProcessRun run, ActivityInstanceState ai) : IVariableContext
{
    public Guid ProcessInstanceId => run.Id;

    public string? BusinessKey => run.Record.BusinessKey;

    public string ActivityId => ai.ActivityId;

    public IEnumerable<string> VariableNames =>
        Chain().SelectMany(s => s.Variables?.Keys ?? Enumerable.Empty<string>()).Distinct(StringComparer.Ordinal);

    public bool TryGetVariable(string name, out VariableValue value)
    {
        foreach (var scope in Chain())
        {
            if (scope.Variables is { } vars && vars.TryGetValue(name, out var found))
            {
                value = found;
                return true;
            }
        }

        value = VariableValue.Null;
        return false;
    }

    public void SetVariable(string name, VariableValue value)
    {
        var target = Chain().FirstOrDefault(s => s.Variables?.ContainsKey(name) == true) ?? run.State.Root;
        context.WriteVariable(run, target, name, value);
    }

    public void SetVariableLocal(string name, VariableValue value) => context.WriteVariable(run, ai, name, value);

    /// <summary>All visible variables, nearer scopes winning.</summary>
    public Dictionary<string, VariableValue> Snapshot()
    {
        var result = new Dictionary<string, VariableValue>(StringComparer.Ordinal);
        foreach (var scope in Chain())
        {
            if (scope.Variables is null) continue;
            foreach (var (k, v) in scope.Variables) result.TryAdd(k, v);
        }

        return result;
    }

    private IEnumerable<ActivityInstanceState> Chain()
    {
        for (var current = ai; current is not null; current = current.ParentId is { } p ? run.State.Find(p) : null)
        {
            yield return current;
        }
    }
}
