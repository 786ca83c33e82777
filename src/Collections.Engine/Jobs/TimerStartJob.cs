using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime;
using Collections.Engine.Timing;

namespace Collections.Engine.Jobs;

/// <summary>The job row of a timer start event (belongs to a definition, not an instance).</summary>
internal static class TimerStartJob
{
    public static JobRecord Create(Guid definitionId, StartEvent start, TimerSchedule schedule, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Type = JobTypes.TimerStart,
        DefinitionId = definitionId,
        ActivityId = start.Id,
        DueAt = schedule.DueAt,
        Exclusive = false,
        Retries = RetryPolicy.InitialRetries(start),
        Payload = TimerPayload.From(schedule),
        CreatedAt = now,
    };
}
