using System.Text.Json;
using System.Text.Json.Serialization;
using Collections.Engine.Timing;

namespace Collections.Engine.Runtime;

/// <summary>What a timer job remembers of its cycle: <c>{"c":"R3/PT1H","r":2}</c>.</summary>
internal sealed record TimerPayload(
    [property: JsonPropertyName("c")] string? Cycle,
    [property: JsonPropertyName("r")] int? Remaining)
{
    public static string? From(TimerSchedule schedule) =>
        schedule.Cycle is null ? null : JsonSerializer.Serialize(new TimerPayload(schedule.Cycle, schedule.RemainingRepetitions));

    public static TimerSchedule? NextAfter(string? payload, DateTimeOffset dueAt, DateTimeOffset firedAt)
    {
        if (payload is null) return null;
        var timer = JsonSerializer.Deserialize<TimerPayload>(payload);
        if (timer?.Cycle is null) return null;
        return TimerCalculator.Next(new TimerSchedule(dueAt, timer.Cycle, timer.Remaining), firedAt);
    }
}
