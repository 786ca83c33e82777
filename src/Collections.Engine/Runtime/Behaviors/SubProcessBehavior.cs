using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>An embedded sub-process: a scope with its own event sub-processes, started at its none start event.</summary>
internal sealed class SubProcessBehavior : FlowNodeBehavior
{
    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        var subProcess = (SubProcess)step.Node;
        var start = subProcess.NoneStartEvent
            ?? throw new Errors.InvalidRequestException("subprocess.no-start", $"Sub-process '{subProcess.Id}' has no none start event.");
        step.Context.InitializeScope(step.Run, step.Ai, subProcess);
        step.Context.Enter(step.Run, start, step.Ai, null);
        return ValueTask.CompletedTask;
    }
}
