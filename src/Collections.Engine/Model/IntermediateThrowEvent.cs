namespace Collections.Engine.Model;

/// <summary>A none intermediate throw event: a milestone marker that passes straight through.</summary>
public sealed class IntermediateThrowEvent : EventNode;
