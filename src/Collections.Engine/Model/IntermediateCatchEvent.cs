namespace Collections.Engine.Model;

/// <summary>Waits for a timer or message, then continues.</summary>
public sealed class IntermediateCatchEvent : EventNode;
