using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>Waits for its message.</summary>
internal sealed class ReceiveTaskBehavior : FlowNodeBehavior
{
    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        step.Context.Subscribe(step, step.Ai, step.Node, ((ReceiveTask)step.Node).MessageName);
        return ValueTask.CompletedTask;
    }
}
