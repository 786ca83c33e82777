namespace Collections.Engine.Model;

/// <summary>A start, end, intermediate or boundary event.</summary>
public abstract class EventNode : FlowNode
{
    /// <summary>The single event definition, or null for a none event.</summary>
    public EventDefinition? Definition { get; init; }
}
