using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>Waits for its timer or message.</summary>
internal sealed class IntermediateCatchEventBehavior : FlowNodeBehavior
{
    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        switch (((IntermediateCatchEvent)step.Node).Definition)
        {
            case TimerEventDefinition timer:
                step.Context.AddTimerJob(step.Run, step.Ai, step.Node, step.Context.ComputeTimer(step, timer));
                break;
            case MessageEventDefinition message:
                step.Context.Subscribe(step, step.Ai, step.Node, message);
                break;
            default:
                step.Leave();
                break;
        }

        return ValueTask.CompletedTask;
    }
}
