namespace Collections.Engine.Model;

public sealed class StartEvent : EventNode
{
    /// <summary>For an event sub-process start: whether it cancels the enclosing scope's other tokens.</summary>
    public bool IsInterrupting { get; init; } = true;
}
