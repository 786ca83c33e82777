namespace Collections.Server.Apis.EngineRest.Contracts;

/// <summary>Body of <c>POST /external-task/fetchAndLock</c>; <paramref name="AsyncResponseTimeout"/> in milliseconds (long polling).</summary>
public sealed record FetchAndLockDto(
    string? WorkerId,
    int MaxTasks,
    bool? UsePriority,
    long? AsyncResponseTimeout,
    IReadOnlyList<FetchTopicDto>? Topics);
