using Collections.Engine.Expressions;
using Collections.Engine.Variables;

namespace Collections.Engine.Tests.Fuzzing;

/// <summary>A few variables of every type for fuzzed expressions and scripts to read and write.</summary>
internal sealed class FuzzVariableContext : IVariableContext
{
    private readonly Dictionary<string, VariableValue> variables = new(StringComparer.Ordinal)
    {
        ["amount"] = VariableValue.Decimal(1200.50m),
        ["days"] = VariableValue.Integer(7),
        ["name"] = VariableValue.String("Acme"),
        ["vip"] = VariableValue.True,
        ["due"] = VariableValue.DateTime(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)),
        ["debtor"] = VariableValue.Json(System.Text.Json.Nodes.JsonNode.Parse("""{"email":"a@b.c","tags":["x",1,null]}""")),
        ["nothing"] = VariableValue.Null,
    };

    public IEnumerable<string> VariableNames => variables.Keys;

    public Guid ProcessInstanceId { get; } = Guid.Parse("6f1c2a3e-0000-4000-8000-000000000002");

    public string? BusinessKey => "INV-FUZZ";

    public string ActivityId => "fuzz";

    public bool TryGetVariable(string name, out VariableValue value) => variables.TryGetValue(name, out value!);

    public void SetVariable(string name, VariableValue value) => variables[name] = value;

    public void SetVariableLocal(string name, VariableValue value) => variables[name] = value;
}
