using Collections.Engine.Model;
using Collections.Engine.Runtime.State;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>
/// None end: the token is consumed. Terminate end (BPMN 2.0.2 §10.5.3): every other token of the scope ends too.
/// Error end: the error is thrown to the enclosing scopes.
/// </summary>
internal sealed class EndEventBehavior : FlowNodeBehavior
{
    public override async ValueTask ExecuteAsync(ExecutionStep step)
    {
        var end = (EndEvent)step.Node;
        if (end.Definition is ErrorEventDefinition error)
        {
            await step.Context.ThrowBpmnErrorAsync(step.Run, step.Ai, error.ErrorCode ?? string.Empty, null);
            return;
        }

        step.Leave();
    }

    public override ValueTask AfterEndAsync(ExecutionStep step)
    {
        if (((EndEvent)step.Node).Definition is not TerminateEventDefinition) return ValueTask.CompletedTask;
        var scopeId = step.Ai.ParentId!;
        foreach (var sibling in step.Run.State.ChildrenOf(scopeId).ToList()) step.Context.Cancel(step.Run, sibling);
        return ValueTask.CompletedTask;
    }
}
