namespace Collections.Engine.Model;

/// <summary>
/// One <c>camunda:in</c>/<c>camunda:out</c>: copy <c>source</c> (or the value of <c>sourceExpression</c>) to <c>target</c>,
/// or every variable when <see cref="AllVariables"/> is set.
/// </summary>
public sealed record VariableMapping(string? Source, Expression? SourceExpression, string? Target, bool AllVariables, bool Local);
