namespace Collections.Server.Publishing;

/// <summary>
/// One version of a process as the designer and the version view show it: where it came from (<c>file</c>,
/// <c>designer</c>, <c>api</c>, or null when deployed before sources were kept), by whom or from which path, the change
/// note, and how many cases run on it now.
/// </summary>
public sealed record VersionDto(
    Guid Id,
    string Key,
    int Version,
    string? Name,
    string ResourceName,
    DateTimeOffset DeployedAt,
    string? Source,
    string? SourceLabel,
    string? ChangeNote,
    int RunningInstances);
