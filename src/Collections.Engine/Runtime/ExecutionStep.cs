using Collections.Engine.Expressions;
using Collections.Engine.Model;
using Collections.Engine.Runtime.State;
using Collections.Engine.Variables;

namespace Collections.Engine.Runtime;

/// <summary>What a behaviour works with: the command, the instance, the token and its element.</summary>
internal sealed class ExecutionStep(CommandContext context, ProcessRun run, ActivityInstanceState ai, FlowNode node)
{
    public CommandContext Context { get; } = context;

    public ProcessRun Run { get; } = run;

    public ActivityInstanceState Ai { get; } = ai;

    public FlowNode Node { get; } = node;

    public IVariableContext Variables => new ScopeVariables(Context, Run, Ai);

    public VariableValue Evaluate(Expression expression) => Context.Evaluator.Evaluate(expression, Variables);

    public string? EvaluateString(Expression? expression) => expression is null ? null : Evaluate(expression).AsString();

    public bool IsTrue(ConditionSource condition) => Context.Evaluator.EvaluateCondition(condition, Variables);

    /// <summary>The token is done here: output mappings and outgoing flows follow on the agenda.</summary>
    public void Leave() => Context.Enqueue(Run, Ai, AgendaOperation.Leave);
}
