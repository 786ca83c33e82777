using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Server.Configuration;
using Collections.Server.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Server.Hosting;

/// <summary>
/// Deploys every <c>*.bpmn</c> at the top of the workflows folder. A file that fails is logged with its problems
/// and skipped; the server starts with the rest.
/// </summary>
internal sealed class WorkflowFolderDeployer(
    IProcessEngine engine,
    IOptions<WorkflowsOptions> options,
    IHostEnvironment environment,
    ILogger<WorkflowFolderDeployer> logger)
{
    /// <summary>The folder in use: the configured path (content-root relative) or the repository's <c>workflows/</c>.</summary>
    public string? Folder => options.Value.Path is { } configured
        ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured))
        : RepositoryLayout.FindWorkflows(environment.ContentRootPath);

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
            if (await DeployFileAsync(file, cancellationToken))
            {
                deployed++;
            }
        }

        return deployed;
    }

    private async Task<bool> DeployFileAsync(string file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        try
        {
            var xml = await File.ReadAllTextAsync(file, cancellationToken);
            var result = await engine.DeployAsync(new DeploymentRequest(name, xml), cancellationToken);
            foreach (var definition in result.Definitions)
            {
                ServerLog.WorkflowDeployed(logger, name, definition.Key, definition.Version, definition.IsNewVersion ? "new version" : "unchanged");
            }

            foreach (var warning in result.Warnings)
            {
                ServerLog.WorkflowWarning(logger, name, warning.ToString());
            }

            return true;
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
}
