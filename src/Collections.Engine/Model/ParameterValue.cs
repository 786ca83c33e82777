namespace Collections.Engine.Model;

/// <summary>The value of a parameter: text/expression, script, list or map.</summary>
public abstract record ParameterValue;

/// <summary>Text content: a literal or <c>${...}</c>. Empty text means null.</summary>
public sealed record ExpressionParameterValue(Expression Expression) : ParameterValue;

/// <summary><c>camunda:script</c> inside a parameter.</summary>
public sealed record ScriptParameterValue(ScriptSource Script) : ParameterValue;

/// <summary><c>camunda:list</c>.</summary>
public sealed record ListParameterValue(IReadOnlyList<ParameterValue> Items) : ParameterValue;

/// <summary><c>camunda:map</c>.</summary>
public sealed record MapParameterValue(IReadOnlyList<KeyValuePair<string, ParameterValue>> Entries) : ParameterValue;
