namespace Collections.Server.Logging;

/// <summary>The server's frequent log lines, as source-generated <see cref="LoggerMessageAttribute"/> methods.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Database ready: {Provider} schema migrated")]
    public static partial void DatabaseMigrated(ILogger logger, string provider);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Deploying workflows from {Folder}")]
    public static partial void DeployingWorkflows(ILogger logger, string folder);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "No workflows folder found ({Folder}); nothing deployed at start")]
    public static partial void WorkflowsFolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Skipped {ResourceName}: {ProblemCount} problem(s){NewLine}{Problems}")]
    public static partial void WorkflowRejected(ILogger logger, string resourceName, int problemCount, string newLine, string problems);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Skipped {ResourceName}: deployment failed")]
    public static partial void WorkflowDeployFailed(ILogger logger, Exception exception, string resourceName);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Deployment warning in {ResourceName}: {Problem}")]
    public static partial void WorkflowWarning(ILogger logger, string resourceName, string problem);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Request refused with {StatusCode} {Code}: {Detail}")]
    public static partial void RequestRefused(ILogger logger, int statusCode, string code, string detail);
}
