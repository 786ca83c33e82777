using Collections.Engine.Expressions;
using Collections.Engine.Variables;

namespace Collections.Engine.Runtime;

/// <summary>Evaluation outside any instance (timer start events at deploy): no variables.</summary>
internal sealed class EmptyVariableContext : IVariableContext
{
    public static EmptyVariableContext Instance { get; } = new();

    public IEnumerable<string> VariableNames => [];

    public Guid ProcessInstanceId => Guid.Empty;

    public string? BusinessKey => null;

    public string ActivityId => string.Empty;

    public bool TryGetVariable(string name, out VariableValue value)
    {
        value = VariableValue.Null;
        return false;
    }

    public void SetVariable(string name, VariableValue value) =>
        throw new Errors.InvalidRequestException("variables.none", "No process instance here to set a variable on.");

    public void SetVariableLocal(string name, VariableValue value) => SetVariable(name, value);
}
