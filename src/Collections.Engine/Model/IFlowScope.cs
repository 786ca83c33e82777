namespace Collections.Engine.Model;

/// <summary>Something that contains flow nodes: the process or an embedded/event sub-process.</summary>
public interface IFlowScope
{
    string Id { get; }

    /// <summary>Every flow node directly inside this scope (not inside nested sub-processes), boundary events included.</summary>
    IReadOnlyList<FlowNode> Nodes { get; }

    /// <summary>Event sub-processes (<c>triggeredByEvent="true"</c>) directly inside this scope.</summary>
    IReadOnlyList<SubProcess> EventSubProcesses { get; }

    /// <summary>The none start event that starts this scope, if any.</summary>
    StartEvent? NoneStartEvent { get; }

    /// <summary>The enclosing scope; null for the process.</summary>
    IFlowScope? ParentScope { get; }
}
