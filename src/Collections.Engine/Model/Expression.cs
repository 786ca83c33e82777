namespace Collections.Engine.Model;

/// <summary>
/// Text that may contain <c>${...}</c> (Camunda's JUEL form). A literal (no <c>${</c>) evaluates to itself.
/// The prepared form is built once at deploy by <c>ExpressionCompiler</c>
/// and cached here, so execution only reads it.
/// </summary>
public sealed class Expression
{
    public Expression(string text, object? prepared)
    {
        Text = text;
        Prepared = prepared;
    }

    /// <summary>The text exactly as written in the BPMN.</summary>
    public string Text { get; }

    /// <summary>True when the text has no <c>${...}</c> part and evaluates to itself.</summary>
    public bool IsLiteral => Prepared is null;

    /// <summary>The compiled form owned by the expression evaluator; null for literals.</summary>
    internal object? Prepared { get; }

    public override string ToString() => Text;
}
