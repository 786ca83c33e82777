using Collections.Engine.Expressions;
using Collections.Engine.Variables;

namespace Collections.Engine.Tests.Expressions;

/// <summary>A single-scope <see cref="IVariableContext"/> over a dictionary; records which variables were read.</summary>
internal sealed class TestVariableContext : IVariableContext
{
    private readonly Dictionary<string, VariableValue> variables = new(StringComparer.Ordinal);

    public TestVariableContext(params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            variables[name] = VariableValue.From(value);
        }
    }

    public Dictionary<string, VariableValue> Local { get; } = new(StringComparer.Ordinal);

    public List<string> Reads { get; } = [];

    public IEnumerable<string> VariableNames => variables.Keys;

    public Guid ProcessInstanceId { get; init; } = Guid.Parse("6f1c2a3e-0000-4000-8000-000000000001");

    public string? BusinessKey { get; init; } = "INV-1001";

    public string ActivityId { get; init; } = "gateway-amount";

    public VariableValue this[string name] => variables[name];

    public bool TryGetVariable(string name, out VariableValue value)
    {
        Reads.Add(name);
        if (Local.TryGetValue(name, out value!))
        {
            return true;
        }

        return variables.TryGetValue(name, out value!);
    }

    public void SetVariable(string name, VariableValue value) => variables[name] = value;

    public void SetVariableLocal(string name, VariableValue value) => Local[name] = value;
}
