namespace Collections.Engine.Model;

/// <summary>Waits for (or, on a start event, starts on) the named message.</summary>
public sealed class MessageEventDefinition : EventDefinition
{
    /// <summary>The <c>bpmn:message</c> name referenced by <c>messageRef</c>; may contain <c>${...}</c>.</summary>
    public required Expression MessageName { get; init; }
}
