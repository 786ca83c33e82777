namespace Collections.Engine.Api;

/// <summary>Which instances received the message; <paramref name="StartedInstance"/> is set when a message start event fired.</summary>
public sealed record MessageCorrelationResult(IReadOnlyList<Guid> CorrelatedInstanceIds, bool StartedInstance);
