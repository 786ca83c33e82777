namespace Collections.Engine.Model;

/// <summary>A timer: exactly one of <c>timeDate</c>, <c>timeDuration</c>, <c>timeCycle</c> (ISO 8601 or <c>${...}</c>).</summary>
public sealed class TimerEventDefinition : EventDefinition
{
    public required TimerKind Kind { get; init; }

    public required Expression Value { get; init; }
}
