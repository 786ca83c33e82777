namespace Collections.Engine.Model;

/// <summary>What an event waits for or throws (BPMN 2.0.2 §10.5.5). Null on an event means a none event.</summary>
public abstract class EventDefinition
{
    public int Line { get; init; }
}
