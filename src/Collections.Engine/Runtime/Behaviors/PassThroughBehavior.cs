namespace Collections.Engine.Runtime.Behaviors;

/// <summary>Elements that do nothing but pass the token on.</summary>
internal abstract class PassThroughBehavior : FlowNodeBehavior
{
    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        step.Leave();
        return ValueTask.CompletedTask;
    }
}
