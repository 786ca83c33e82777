using Collections.Engine.Model;
using Collections.Engine.Runtime.State;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>BPMN 2.0.2 §13.3.4: joins one token from every incoming flow, then forks to every outgoing flow.</summary>
internal sealed class ParallelGatewayBehavior : FlowNodeBehavior
{
    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        var gateway = step.Node;
        if (gateway.Incoming.Count <= 1)
        {
            step.Leave();
            return ValueTask.CompletedTask;
        }

        step.Ai.Phase = ActivityPhase.Joining;
        var arrived = step.Run.State.ChildrenOf(step.Ai.ParentId!)
            .Where(a => a.ActivityId == gateway.Id && a.Phase == ActivityPhase.Joining)
            .GroupBy(a => a.IncomingFlowId)
            .Select(g => g.First())
            .ToList();
        if (arrived.Count < gateway.Incoming.Count) return ValueTask.CompletedTask;

        foreach (var other in arrived.Where(a => a != step.Ai)) step.Context.EndActivity(step.Run, other, canceled: false);
        step.Ai.Phase = ActivityPhase.Active;
        step.Leave();
        return ValueTask.CompletedTask;
    }

    public override IReadOnlyList<SequenceFlow> SelectOutgoing(ExecutionStep step) => step.Node.Outgoing;
}
