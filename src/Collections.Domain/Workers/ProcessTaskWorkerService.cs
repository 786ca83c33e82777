using Collections.Domain.Cases;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Workers;

/// <summary>Runs <see cref="ProcessTaskWorker"/> every scan interval on the injected clock (and again at once while it finds work).</summary>
internal sealed partial class ProcessTaskWorkerService(ProcessTaskWorker worker, IOptions<CaseOptions> options, TimeProvider timeProvider, ILogger<ProcessTaskWorkerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScannerEnabled) return;
        var found = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Waits first (and between empty polls): at start the engine's startup and job executor go first.
            if (found == 0)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            try
            {
                found = await worker.RunOnceAsync(20, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                found = 0;
                LogFailed(ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Domain worker loop failed, retrying: {Reason}")]
    private partial void LogFailed(string reason);
}
