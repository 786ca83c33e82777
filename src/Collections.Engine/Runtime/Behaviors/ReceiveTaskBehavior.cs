using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>Waits for its message, or, without a message, just holds the token until the engine API triggers it.</summary>
internal sealed class ReceiveTaskBehavior : FlowNodeBehavior
{
    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        if (((ReceiveTask)step.Node).MessageName is { } messageName)
        {
            step.Context.Subscribe(step, step.Ai, step.Node, messageName);
        }

        return ValueTask.CompletedTask;
    }
}
