using Acornima.Ast;
using Jint;

namespace Collections.Engine.Expressions;

/// <summary>
/// The compiled form of a non-literal <see cref="Model.Expression"/>, kept in <see cref="Model.Expression.Prepared"/>:
/// one parsed JavaScript program, run as many times as needed. A single <c>${...}</c> is that expression and keeps its
/// type; mixed text is an array of the expression parts, interleaved with <see cref="Literals"/> after evaluation.
/// </summary>
internal sealed class PreparedExpression(Prepared<Script> program, string[]? literals)
{
    public Prepared<Script> Program { get; } = program;

    /// <summary>Free names of the translated program (<c>__var</c>, <c>execution</c>, <c>dateTime</c>...): what the sandbox must install.</summary>
    public IReadOnlyCollection<string> ReferencedGlobals { get; } = program.ReferencedGlobals ?? (IReadOnlyCollection<string>)[];

    /// <summary>Null for a single <c>${...}</c>; else the literal text before, between and after the parts (one more than parts).</summary>
    public string[]? Literals { get; } = literals;
}
