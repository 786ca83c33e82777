using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>
/// Shared leaving rule for activities and events (BPMN 2.0.2 §13.2.1): every outgoing flow without a condition or
/// whose condition holds; the default flow only when no conditional flow holds.
/// </summary>
internal abstract class FlowNodeBehavior : IElementBehavior
{
    public abstract ValueTask ExecuteAsync(ExecutionStep step);

    public virtual IReadOnlyList<SequenceFlow> SelectOutgoing(ExecutionStep step)
    {
        var outgoing = step.Node.Outgoing;
        if (outgoing.Count == 0) return [];
        var defaultFlow = (step.Node as Activity)?.DefaultFlow;
        var taken = new List<SequenceFlow>(outgoing.Count);
        foreach (var flow in outgoing)
        {
            if (flow == defaultFlow) continue;
            if (flow.Condition is null || step.IsTrue(flow.Condition)) taken.Add(flow);
        }

        if (taken.Count == 0 && defaultFlow is not null) taken.Add(defaultFlow);
        return taken;
    }

    public virtual ValueTask AfterEndAsync(ExecutionStep step) => ValueTask.CompletedTask;
}
