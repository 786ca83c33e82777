namespace Collections.Engine.Model;

/// <summary>None, terminate or error end event.</summary>
public sealed class EndEvent : EventNode;
