namespace Collections.Engine.Model;

/// <summary>One parsed <c>bpmn:process</c>: the executable graph behind a process definition.</summary>
public sealed class ProcessModel : FlowElement, IFlowScope
{
    /// <summary><c>isExecutable</c>; non-executable processes are stored for viewing but never started.</summary>
    public bool IsExecutable { get; init; }

    /// <summary><c>camunda:versionTag</c>, shown beside the version number.</summary>
    public string? VersionTag { get; init; }

    public List<FlowNode> Nodes { get; } = [];

    /// <summary>Sequence flows directly in the process; those inside sub-processes are in <see cref="SubProcess.Flows"/>.</summary>
    public List<SequenceFlow> Flows { get; } = [];

    public List<SubProcess> EventSubProcesses { get; } = [];

    /// <summary>Every flow node of the process by id, at any depth.</summary>
    public Dictionary<string, FlowNode> NodesById { get; } = new(StringComparer.Ordinal);

    /// <summary>Every sequence flow of the process by id, at any depth.</summary>
    public Dictionary<string, SequenceFlow> FlowsById { get; } = new(StringComparer.Ordinal);

    /// <summary>The none start event of the process, if any.</summary>
    public StartEvent? NoneStartEvent { get; set; }

    /// <summary>Start events of the process with a message definition, by message name.</summary>
    public Dictionary<string, StartEvent> MessageStartEvents { get; } = new(StringComparer.Ordinal);

    /// <summary>Start events of the process with a timer definition.</summary>
    public List<StartEvent> TimerStartEvents { get; } = [];

    IReadOnlyList<FlowNode> IFlowScope.Nodes => Nodes;

    IReadOnlyList<SubProcess> IFlowScope.EventSubProcesses => EventSubProcesses;

    IFlowScope? IFlowScope.ParentScope => null;

    /// <summary>Finds a node by id at any depth, or throws when the id is unknown.</summary>
    public FlowNode GetNode(string id) =>
        NodesById.TryGetValue(id, out var node) ? node
        : throw new KeyNotFoundException($"Process '{Id}' has no element '{id}'.");
}
