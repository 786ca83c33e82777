namespace Collections.Engine.Timing;

/// <summary>
/// When a timer is due, and for a cycle what repeats: <paramref name="Cycle"/> is the cycle text and
/// <paramref name="RemainingRepetitions"/> how many firings are left after this one (null: unbounded).
/// </summary>
public sealed record TimerSchedule(DateTimeOffset DueAt, string? Cycle, int? RemainingRepetitions);
