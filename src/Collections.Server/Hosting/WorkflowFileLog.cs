namespace Collections.Server.Hosting;

/// <summary>
/// One line per process a workflow file holds, naming the rule that applied at start (docs/playbook.md, "Designer or
/// files in git"). Replacing a newer version and keeping one over a changed file are warnings: someone's change did
/// not win, and the line says how to go back.
/// </summary>
internal static partial class WorkflowFileLog
{
    [LoggerMessage(EventId = 1010, Level = LogLevel.Information,
        Message = "Deployed {Path}: {ProcessKey} version {Version} (first version of the process)")]
    public static partial void FirstDeployment(ILogger logger, string path, string processKey, int version);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information,
        Message = "{Path} changed since its last deployment: deployed {ProcessKey} version {Version}")]
    public static partial void FileChanged(ILogger logger, string path, string processKey, int version);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information,
        Message = "{Path} unchanged since its last deployment: {ProcessKey} stays at version {Version}")]
    public static partial void Unchanged(ILogger logger, string path, string processKey, int version);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information,
        Message = "Kept {Source} version {Version} of {ProcessKey} published by {PublishedBy} at {PublishedAt:u}; {Path} unchanged since its last deployment")]
    public static partial void KeptNewer(ILogger logger, string source, int version, string processKey, string publishedBy, DateTimeOffset publishedAt, string path);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Information,
        Message = "{Path} changed since its last deployment and now holds exactly {ProcessKey} version {Version} ({Source}): no new version")]
    public static partial void MatchesLatest(ILogger logger, string path, string processKey, int version, string source);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Warning,
        Message = "{Path} changed since its last deployment: deployed {ProcessKey} version {Version} over {Source} version {OtherVersion} "
            + "published by {PublishedBy} at {PublishedAt:u} — the file wins because it changed after (written {WrittenAt:u}). New cases run "
            + "version {Version}; running cases stay on theirs. To go back to version {OtherVersion}: open /designer/{ProcessKey}?version={OtherVersion} "
            + "and publish it again, or download it at /versions/{ProcessKey}?version={OtherVersion} and commit it as {Path}")]
    public static partial void FileReplacedNewer(
        ILogger logger, string path, string processKey, int version, string source, int otherVersion, string publishedBy, DateTimeOffset publishedAt, DateTimeOffset writtenAt);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Warning,
        Message = "{Path} changed since its last deployment but was written ({WrittenAt:u}) before {Source} version {Version} of {ProcessKey} "
            + "was published by {PublishedBy} at {PublishedAt:u}: kept version {Version}, the file's change is NOT deployed. To deploy the file, "
            + "save it again and restart, or deploy it through POST /api/v1/deployments")]
    public static partial void KeptNewerOverOlderFile(
        ILogger logger, string path, DateTimeOffset writtenAt, string source, int version, string processKey, string publishedBy, DateTimeOffset publishedAt);
}
