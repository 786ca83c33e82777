namespace Collections.Engine.Api;

/// <summary>An external task handed to a worker, with the variables it asked for.</summary>
public sealed record LockedExternalTask(
    ExternalTaskInfo Task,
    IReadOnlyDictionary<string, Variables.VariableValue> Variables);
