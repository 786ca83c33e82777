using Collections.Domain.Persistence;
using Collections.Engine.Api;
using Collections.Engine.Configuration;
using Collections.Server.Configuration;
using Collections.Server.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Server.Hosting;

/// <summary>
/// At start, before the job executor and Kestrel: applies migrations (DESIGN.md D3), then deploys the workflows
/// folder. A database that cannot be migrated stops the start; a bad BPMN file does not.
/// </summary>
internal sealed class EngineStartupService(
    IEngineDatabase database,
    WorkflowFolderDeployer deployer,
    IOptions<WorkflowsOptions> options,
    IOptions<EngineOptions> engine,
    ILogger<EngineStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // One node at a time on a shared PostgreSQL (Domain/Persistence/StartupLock): migrations, then the deployment.
        await using var startup = await StartupLock.AcquireAsync(engine.Value, cancellationToken);
        await database.MigrateAsync(cancellationToken);
        ServerLog.DatabaseMigrated(logger, database.Provider);

        if (options.Value.DeployOnStart)
        {
            await deployer.DeployAllAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
