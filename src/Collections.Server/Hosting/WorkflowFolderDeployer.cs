using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Server.Configuration;
using Collections.Server.Logging;
using Collections.Server.Publishing;
using Microsoft.Extensions.Options;

namespace Collections.Server.Hosting;

/// <summary>
/// Offers every <c>*.bpmn</c> at the top of the workflows folder to the engine, which deploys a file only when it
/// changed since it was last deployed from the file and never over a newer designer or API version the file is older
/// than (docs/playbook.md, "Designer or files in git"); one log line per process names the rule. A file that fails is
/// logged with its problems and skipped; the server starts with the rest.
/// </summary>
internal sealed class WorkflowFolderDeployer(
    IProcessEngine engine,
    VersionSourceNames sourceNames,
    IOptions<WorkflowsOptions> options,
    IHostEnvironment environment,
    ILogger<WorkflowFolderDeployer> logger)
{
    /// <summary>The folder in use: the configured path (content-root relative) or the repository's <c>workflows/</c>.</summary>
    public string? Folder => options.Value.Path is { } configured
        ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured))
        : RepositoryLayout.FindWorkflows(environment.ContentRootPath);

    /// <summary>Deploys what changed (see <see cref="WorkflowFileRule"/>); answers how many files became a new version.</summary>
    public async Task<int> DeployAllAsync(CancellationToken cancellationToken)
    {
        var folder = Folder;
        if (folder is null || !Directory.Exists(folder))
        {
            ServerLog.WorkflowsFolderMissing(logger, folder ?? $"no workflows/ above {environment.ContentRootPath}");
            return 0;
        }

        ServerLog.DeployingWorkflows(logger, folder);
        var deployed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.bpmn").Order(StringComparer.Ordinal))
        {
            if (await DeployFileAsync(folder, file, cancellationToken))
            {
                deployed++;
            }
        }

        return deployed;
    }

    private async Task<bool> DeployFileAsync(string folder, string file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        try
        {
            var xml = await File.ReadAllTextAsync(file, cancellationToken);
            var written = new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
            var path = DisplayPath(folder, file);
            var result = await engine.DeployWorkflowFileAsync(new WorkflowFileRequest(path, xml, written), cancellationToken);
            foreach (var outcome in result.Processes)
            {
                await LogAsync(outcome, path, written, cancellationToken);
            }

            foreach (var warning in result.Warnings)
            {
                ServerLog.WorkflowWarning(logger, name, warning.ToString());
            }

            return result.Processes.Any(p => p.Deployed);
        }
        catch (BpmnValidationException e)
        {
            var problems = string.Join(Environment.NewLine, e.Problems.Select(p => "  " + p));
            ServerLog.WorkflowRejected(logger, name, e.Problems.Count, Environment.NewLine, problems);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ServerLog.WorkflowDeployFailed(logger, e, name);
            return false;
        }
    }

    /// <summary>The file as people know it: <c>workflows/overdue-invoice.bpmn</c> (relative to the folder's parent).</summary>
    private static string DisplayPath(string folder, string file)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder));
        return (parent is null ? file : Path.GetRelativePath(parent, file)).Replace(Path.DirectorySeparatorChar, '/');
    }

    private async Task LogAsync(WorkflowFileOutcome outcome, string path, DateTimeOffset written, CancellationToken cancellationToken)
    {
        var (key, current, other) = (outcome.Key, outcome.Current, outcome.Other);
        switch (outcome.Rule)
        {
            case WorkflowFileRule.FirstDeployment:
                WorkflowFileLog.FirstDeployment(logger, path, key, current.Version);
                break;
            case WorkflowFileRule.FileChanged:
                WorkflowFileLog.FileChanged(logger, path, key, current.Version);
                break;
            case WorkflowFileRule.Unchanged:
                WorkflowFileLog.Unchanged(logger, path, key, current.Version);
                break;
            case WorkflowFileRule.MatchesLatest:
                WorkflowFileLog.MatchesLatest(logger, path, key, current.Version, SourceKind(current));
                break;
            case WorkflowFileRule.KeptNewer:
                WorkflowFileLog.KeptNewer(logger, SourceKind(current), current.Version, key, await PublisherAsync(current, cancellationToken), current.DeployedAt, path);
                break;
            case WorkflowFileRule.FileReplacedNewer:
                WorkflowFileLog.FileReplacedNewer(logger, path, key, current.Version, SourceKind(other!), other!.Version,
                    await PublisherAsync(other, cancellationToken), other.DeployedAt, written);
                break;
            case WorkflowFileRule.KeptNewerOverOlderFile:
                WorkflowFileLog.KeptNewerOverOlderFile(logger, path, written, SourceKind(current), current.Version, key,
                    await PublisherAsync(current, cancellationToken), current.DeployedAt);
                break;
        }
    }

    private static string SourceKind(ProcessDefinitionInfo version) => version.Source?.Kind ?? "earlier";

    private async Task<string> PublisherAsync(ProcessDefinitionInfo version, CancellationToken cancellationToken) =>
        await sourceNames.DescribeAsync(version.Source, cancellationToken) ?? "an unknown publisher";
}
