using Collections.Engine.Model;
using Collections.Engine.Runtime.State;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>
/// BPMN 2.0.2 §13.3.3: forks to every flow whose condition holds (default when none); joins once no other token
/// of the scope can still reach it (checked by <see cref="CommandContext"/> whenever the agenda empties).
/// </summary>
internal sealed class InclusiveGatewayBehavior : FlowNodeBehavior
{
    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        if (step.Node.Incoming.Count <= 1)
        {
            step.Leave();
            return ValueTask.CompletedTask;
        }

        step.Ai.Phase = ActivityPhase.Joining;
        return ValueTask.CompletedTask;
    }

    public override IReadOnlyList<SequenceFlow> SelectOutgoing(ExecutionStep step)
    {
        var gateway = (InclusiveGateway)step.Node;
        var taken = gateway.Outgoing
            .Where(f => f != gateway.DefaultFlow && (f.Condition is null || step.IsTrue(f.Condition)))
            .ToList();
        if (taken.Count > 0) return taken;
        return gateway.DefaultFlow is { } fallback ? [fallback] : throw GatewayErrors.NoFlowMatched(gateway);
    }
}
