namespace Collections.Engine.Model;

/// <summary>A node that sequence flows connect: events, activities and gateways (BPMN 2.0.2 §10.1).</summary>
public abstract class FlowNode : FlowElement
{
    /// <summary>The process or sub-process that contains this node; null only for the process itself.</summary>
    public IFlowScope? Scope { get; set; }

    public List<SequenceFlow> Incoming { get; } = [];

    public List<SequenceFlow> Outgoing { get; } = [];

    /// <summary><c>camunda:asyncBefore</c>: commit before executing; a job continues.</summary>
    public bool AsyncBefore { get; init; }

    /// <summary><c>camunda:asyncAfter</c>: commit after executing; a job continues.</summary>
    public bool AsyncAfter { get; init; }

    /// <summary><c>camunda:exclusive</c> (default true): jobs of one instance never run concurrently.</summary>
    public bool Exclusive { get; init; } = true;

    /// <summary><c>camunda:failedJobRetryTimeCycle</c>, e.g. <c>R5/PT5M</c>; null means the engine default.</summary>
    public string? FailedJobRetryTimeCycle { get; init; }

    /// <summary><c>camunda:inputOutput</c> mappings, empty when none.</summary>
    public InputOutputMapping InputOutput { get; init; } = InputOutputMapping.Empty;

    /// <summary><c>camunda:properties</c> as name/value pairs.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The business stage this node belongs to (<c>camunda:property name="stage"</c>), its own or, when it has none, the
    /// nearest enclosing sub-process's; null outside any stage.
    /// </summary>
    public string? BusinessStage =>
        Properties.TryGetValue(ProcessTextKeys.StageProperty, out var stage) && stage.Length > 0 ? stage
        : (Scope as FlowNode)?.BusinessStage;
}
