namespace Collections.Engine.Api;

/// <summary>One activity instance in history: start, end, duration; <paramref name="Canceled"/> when an event or cancel ended it.</summary>
public sealed record HistoricActivityInfo(
    string ActivityInstanceId,
    Guid ProcessInstanceId,
    string ActivityId,
    string? ActivityName,
    string ActivityType,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    bool Canceled,
    string? Assignee,
    Guid? TaskId);
