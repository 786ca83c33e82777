namespace Collections.Engine.Model;

/// <summary>An embedded sub-process, or an event sub-process when <see cref="TriggeredByEvent"/> is set.</summary>
public sealed class SubProcess : Activity, IFlowScope
{
    public bool TriggeredByEvent { get; init; }

    public List<FlowNode> Nodes { get; } = [];

    /// <summary>Sequence flows directly inside this sub-process; <see cref="ProcessModel.FlowsById"/> holds them too.</summary>
    public List<SequenceFlow> Flows { get; } = [];

    public List<SubProcess> EventSubProcesses { get; } = [];

    public StartEvent? NoneStartEvent { get; set; }

    /// <summary>For an event sub-process: its single start event (message, timer or error).</summary>
    public StartEvent? TriggerStartEvent { get; set; }

    IReadOnlyList<FlowNode> IFlowScope.Nodes => Nodes;

    IReadOnlyList<SubProcess> IFlowScope.EventSubProcesses => EventSubProcesses;

    IFlowScope? IFlowScope.ParentScope => Scope;
}
