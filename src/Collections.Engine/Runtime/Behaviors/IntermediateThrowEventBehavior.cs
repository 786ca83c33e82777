namespace Collections.Engine.Runtime.Behaviors;

/// <summary>A none intermediate throw event: a milestone that passes through.</summary>
internal sealed class IntermediateThrowEventBehavior : PassThroughBehavior;
