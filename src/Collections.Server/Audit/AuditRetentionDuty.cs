using Microsoft.Extensions.Options;

namespace Collections.Server.Audit;

/// <summary>The background duty that runs <see cref="AuditPruner"/> every <see cref="AuditRetentionOptions.PruneInterval"/> on the injected clock.</summary>
internal sealed partial class AuditRetentionDuty(
    AuditPruner pruner, TimeProvider timeProvider, IOptions<AuditRetentionOptions> options, ILogger<AuditRetentionDuty> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.PruneEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var deleted = await pruner.PruneAsync(stoppingToken);
                if (deleted > 0) LogPruned(deleted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A busy or briefly unreachable database: the next pass tries again.
                LogFailed(ex.Message);
            }

            await Task.Delay(options.Value.PruneInterval, timeProvider, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit retention deleted {Rows} rows past retention")]
    private partial void LogPruned(long rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit retention pass failed: {Reason}")]
    private partial void LogFailed(string reason);
}
