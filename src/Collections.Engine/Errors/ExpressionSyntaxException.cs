namespace Collections.Engine.Errors;

/// <summary>An expression or script that cannot be parsed; reported at deploy.</summary>
public sealed class ExpressionSyntaxException(string expression, string message)
    : CollectionsException("expression.syntax", $"Cannot parse '{expression}': {message}")
{
    public string Expression { get; } = expression;
}
