namespace Collections.Engine.Runtime.Behaviors;

/// <summary>A start event: the token passes on at once (triggers are handled before it is entered).</summary>
internal sealed class StartEventBehavior : PassThroughBehavior;
