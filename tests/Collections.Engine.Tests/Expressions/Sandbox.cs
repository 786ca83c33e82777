using Collections.Engine.Expressions;
using Collections.Engine.Model;
using Collections.Engine.Variables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Collections.Engine.Tests.Expressions;

/// <summary>Compiler plus evaluator on a fake clock, with one-line helpers for the tests.</summary>
internal sealed class Sandbox
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public Sandbox(ExpressionOptions? options = null)
    {
        Evaluator = new JintExpressionEvaluator(Clock, Options.Create(options ?? new ExpressionOptions()));
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public ExpressionCompiler Compiler { get; } = new();

    public JintExpressionEvaluator Evaluator { get; }

    public VariableValue Evaluate(string text, TestVariableContext? context = null) =>
        Evaluator.Evaluate(Compiler.Compile(text), context ?? new TestVariableContext());

    public bool Condition(string text, TestVariableContext? context = null) =>
        Evaluator.EvaluateCondition(new ConditionSource(Compiler.Compile(text), null), context ?? new TestVariableContext());

    public VariableValue Run(string script, TestVariableContext? context = null) =>
        Evaluator.RunScript(Compiler.CompileScript("javascript", script), context ?? new TestVariableContext());
}
