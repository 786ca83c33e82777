namespace Collections.Engine.Model;

/// <summary>A plain <c>task</c> or <c>manualTask</c>: does nothing and passes through, as in Camunda 7.</summary>
public sealed class NoneTask : Activity;
