namespace Collections.Engine.Runtime.Behaviors;

/// <summary>A plain task or manual task: passes through, as in Camunda 7.</summary>
internal sealed class NoneTaskBehavior : PassThroughBehavior;
