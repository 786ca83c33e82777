namespace Collections.Engine.Model;

public enum TimerKind
{
    /// <summary>An absolute ISO 8601 date-time.</summary>
    Date,

    /// <summary>An ISO 8601 duration from the moment the timer is created.</summary>
    Duration,

    /// <summary>An ISO 8601 repeating interval, e.g. <c>R3/PT1H</c>.</summary>
    Cycle,
}
