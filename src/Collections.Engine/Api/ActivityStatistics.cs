namespace Collections.Engine.Api;

/// <summary>
/// One activity of a process definition: how many tokens wait there now (<paramref name="Instances"/>) and how many
/// open incidents it has (<paramref name="Incidents"/>). Camunda's activity statistics, for the version view.
/// </summary>
public sealed record ActivityStatistics(string ActivityId, int Instances, int Incidents);
