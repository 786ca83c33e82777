namespace Collections.Engine.Api;

/// <summary>A variable change: the value it took and when.</summary>
public sealed record HistoricVariableInfo(
    Guid ProcessInstanceId,
    string Name,
    Variables.VariableValue Value,
    string? ActivityInstanceId,
    DateTimeOffset ChangedAt);
