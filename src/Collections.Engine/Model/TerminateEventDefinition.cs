namespace Collections.Engine.Model;

/// <summary>Ends every token of the enclosing scope (BPMN 2.0.2 §10.5.3).</summary>
public sealed class TerminateEventDefinition : EventDefinition;
