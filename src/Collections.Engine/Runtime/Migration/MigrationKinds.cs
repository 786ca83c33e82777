using Collections.Engine.Model;

namespace Collections.Engine.Runtime.Migration;

/// <summary>
/// What an element is for migration: instructions only join elements of the same kind (a user task to a user task, a
/// timer catch event to a timer catch event), as Camunda 7's migration does.
/// </summary>
internal static class MigrationKinds
{
    /// <summary>The kind name shown to people and compared between versions.</summary>
    public static string KindOf(FlowNode node) => node switch
    {
        UserTask => "userTask",
        ExternalTask => "externalTask",
        ScriptTask => "scriptTask",
        ReceiveTask => "receiveTask",
        CallActivity => "callActivity",
        SubProcess { TriggeredByEvent: true } => "eventSubProcess",
        SubProcess => "subProcess",
        NoneTask => "task",
        EventNode { Definition: TimerEventDefinition } e => "timer" + Capitalized(e.ElementKind),
        EventNode { Definition: MessageEventDefinition } e => "message" + Capitalized(e.ElementKind),
        EventNode { Definition: ErrorEventDefinition } e => "error" + Capitalized(e.ElementKind),
        _ => node.ElementKind,
    };

    /// <summary>
    /// Elements that can hold a token or an event while an instance waits: activities, catch events, boundary timers
    /// and messages, joining and event-based gateways, and the timer or message starts of event sub-processes.
    /// Only these are mapped; the others (start, end, throw events, exclusive gateways) are passed in one step.
    /// </summary>
    public static bool IsMigratable(FlowNode node) => node switch
    {
        Activity or IntermediateCatchEvent or EventBasedGateway or ParallelGateway or InclusiveGateway => true,
        BoundaryEvent { Definition: TimerEventDefinition or MessageEventDefinition } => true,
        StartEvent { Scope: SubProcess { TriggeredByEvent: true }, Definition: TimerEventDefinition or MessageEventDefinition } => true,
        _ => false,
    };

    /// <summary>The sub-process a node sits in (null at the top level of the process).</summary>
    public static string? ScopeIdOf(FlowNode node) => node.Scope is SubProcess scope ? scope.Id : null;

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
