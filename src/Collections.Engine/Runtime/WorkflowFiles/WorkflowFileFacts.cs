namespace Collections.Engine.Runtime.WorkflowFiles;

/// <summary>
/// What <see cref="WorkflowFilePolicy"/> weighs for one process: the file (hash, when written), the latest version
/// (null: the process has none) and the file's last deployment (null: never deployed from a file).
/// </summary>
internal sealed record WorkflowFileFacts(
    string FileHash,
    DateTimeOffset FileWrittenAt,
    int? LatestVersion,
    string? LatestHash,
    DateTimeOffset? LatestDeployedAt,
    string? TrackedHash,
    int? TrackedVersion);
