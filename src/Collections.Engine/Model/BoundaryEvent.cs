namespace Collections.Engine.Model;

/// <summary>A timer, message or error event attached to an activity (BPMN 2.0.2 §10.5.4).</summary>
public sealed class BoundaryEvent : EventNode
{
    /// <summary>The activity this event is attached to (<c>attachedToRef</c>).</summary>
    public required Activity AttachedTo { get; set; }

    /// <summary><c>cancelActivity</c> (default true): interrupting events end the activity.</summary>
    public bool CancelActivity { get; init; } = true;
}
