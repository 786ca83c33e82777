namespace Collections.Engine.Errors;

/// <summary>
/// An expression or script failed while running (unknown variable, type error, sandbox limit hit). The engine turns
/// it into an incident on the instance, naming the element.
/// </summary>
public sealed class ExpressionEvaluationException(string expression, string message, Exception? inner = null)
    : CollectionsException("expression.failed", $"Evaluating '{Shorten(expression)}' failed: {message}", inner)
{
    public string Expression { get; } = expression;

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
