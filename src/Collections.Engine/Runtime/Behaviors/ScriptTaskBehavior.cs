using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>Runs the javascript in the sandbox; <c>camunda:resultVariable</c> receives its value.</summary>
internal sealed class ScriptTaskBehavior : FlowNodeBehavior
{
    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        var task = (ScriptTask)step.Node;
        var variables = step.Variables;
        var result = step.Context.Evaluator.RunScript(task.Script, variables);
        if (task.ResultVariable is { Length: > 0 } name) variables.SetVariable(name, result);
        step.Leave();
        return ValueTask.CompletedTask;
    }
}
