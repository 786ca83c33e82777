namespace Collections.Engine.Api;

/// <summary>A deployed version of a process. <paramref name="IsNewVersion"/> is false when identical XML was deployed again.</summary>
public sealed record ProcessDefinitionInfo(
    Guid Id,
    string Key,
    int Version,
    string? Name,
    string ResourceName,
    bool IsExecutable,
    string? VersionTag,
    DateTimeOffset DeployedAt,
    bool IsNewVersion = false);
