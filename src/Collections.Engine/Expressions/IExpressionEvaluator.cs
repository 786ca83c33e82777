using Collections.Engine.Model;
using Collections.Engine.Variables;

namespace Collections.Engine.Expressions;

/// <summary>
/// Evaluates prepared expressions and scripts in the sandbox (DESIGN.md D6). Every failure, including a sandbox
/// limit, surfaces as <see cref="Errors.ExpressionEvaluationException"/>; nothing else escapes.
/// </summary>
public interface IExpressionEvaluator
{
    /// <summary>Value of an expression. A single <c>${...}</c> keeps its type; mixed text gives a string; a literal gives its text.</summary>
    VariableValue Evaluate(Expression expression, IVariableContext context);

    /// <summary>A sequence-flow condition: true only for boolean true; any other result is an error naming the expression.</summary>
    bool EvaluateCondition(ConditionSource condition, IVariableContext context);

    /// <summary>Runs a script; its value is the last expression statement's value.</summary>
    VariableValue RunScript(ScriptSource script, IVariableContext context);
}
