namespace Collections.Engine.Model;

/// <summary>Waits for the first of the events its outgoing flows lead to (BPMN 2.0.2 §10.6.6).</summary>
public sealed class EventBasedGateway : Gateway;
