namespace Collections.Engine.Model;

/// <summary>BPMN 2.0.2 §10.5.1: a directed connection between two flow nodes, optionally conditional.</summary>
public sealed class SequenceFlow : FlowElement
{
    public required FlowNode Source { get; set; }

    public required FlowNode Target { get; set; }

    /// <summary><c>conditionExpression</c>: a <c>${...}</c> expression or a javascript script; null means always taken.</summary>
    public ConditionSource? Condition { get; init; }
}
