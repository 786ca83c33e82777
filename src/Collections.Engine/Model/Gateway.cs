namespace Collections.Engine.Model;

/// <summary>A gateway (BPMN 2.0.2 §10.6).</summary>
public abstract class Gateway : FlowNode
{
    /// <summary>The <c>default</c> outgoing flow (exclusive and inclusive gateways).</summary>
    public SequenceFlow? DefaultFlow { get; set; }
}
