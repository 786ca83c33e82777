namespace Collections.Engine.Model;

/// <summary>A task, sub-process or call activity: something that does work and may carry boundary events.</summary>
public abstract class Activity : FlowNode
{
    public List<BoundaryEvent> BoundaryEvents { get; } = [];

    /// <summary>Outgoing flow taken when no conditional outgoing flow matches (<c>default</c> attribute).</summary>
    public SequenceFlow? DefaultFlow { get; set; }
}
