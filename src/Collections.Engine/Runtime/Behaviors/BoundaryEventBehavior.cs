namespace Collections.Engine.Runtime.Behaviors;

/// <summary>A boundary event is entered already triggered; it only leaves.</summary>
internal sealed class BoundaryEventBehavior : PassThroughBehavior;
