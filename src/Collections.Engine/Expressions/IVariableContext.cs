using Collections.Engine.Variables;

namespace Collections.Engine.Expressions;

/// <summary>What a running expression or script sees: variables up the scope chain, and facts about the execution.</summary>
public interface IVariableContext
{
    /// <summary>Looks a variable up in the current scope, then in enclosing scopes.</summary>
    bool TryGetVariable(string name, out VariableValue value);

    /// <summary>Sets a variable where it already exists up the chain, else on the process instance (Camunda's setVariable).</summary>
    void SetVariable(string name, VariableValue value);

    /// <summary>Sets a variable on the current activity's own scope (Camunda's setVariableLocal).</summary>
    void SetVariableLocal(string name, VariableValue value);

    /// <summary>Every visible variable name, nearest scope first (for scripts and <c>camunda:in variables="all"</c>).</summary>
    IEnumerable<string> VariableNames { get; }

    Guid ProcessInstanceId { get; }

    string? BusinessKey { get; }

    /// <summary>The element being executed, for error messages and <c>execution.getCurrentActivityId()</c>.</summary>
    string ActivityId { get; }
}
