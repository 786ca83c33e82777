using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>BPMN 2.0.2 §13.3.2: the first outgoing flow whose condition holds, else the default flow, else an incident.</summary>
internal sealed class ExclusiveGatewayBehavior : FlowNodeBehavior
{
    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        step.Leave();
        return ValueTask.CompletedTask;
    }

    public override IReadOnlyList<SequenceFlow> SelectOutgoing(ExecutionStep step)
    {
        var gateway = (ExclusiveGateway)step.Node;
        foreach (var flow in gateway.Outgoing)
        {
            if (flow == gateway.DefaultFlow) continue;
            if (flow.Condition is null || step.IsTrue(flow.Condition)) return [flow];
        }

        return gateway.DefaultFlow is { } fallback ? [fallback] : throw GatewayErrors.NoFlowMatched(gateway);
    }
}
