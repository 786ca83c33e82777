namespace Collections.Engine.Api;

/// <summary>
/// A deployed version of a process. <paramref name="IsNewVersion"/> is false when identical XML was deployed again.
/// <paramref name="Source"/> says where the version came from (null for versions deployed before sources were kept);
/// <paramref name="ChangeNote"/> is the publisher's note, when one was given.
/// </summary>
public sealed record ProcessDefinitionInfo(
    Guid Id,
    string Key,
    int Version,
    string? Name,
    string ResourceName,
    bool IsExecutable,
    string? VersionTag,
    DateTimeOffset DeployedAt,
    bool IsNewVersion = false,
    DeploymentSource? Source = null,
    string? ChangeNote = null);
