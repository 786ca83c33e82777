namespace Collections.Engine.Api;

/// <summary>Camunda 7 fetch-and-lock: up to <paramref name="MaxTasks"/> tasks of the given topics, locked for <paramref name="WorkerId"/>.</summary>
public sealed record FetchAndLockRequest(string WorkerId, int MaxTasks, IReadOnlyList<FetchTopic> Topics, bool UsePriority = true);
