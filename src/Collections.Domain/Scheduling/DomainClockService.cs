using Collections.Domain.Cases;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Scheduling;

/// <summary>Runs <see cref="DomainClock"/> every <see cref="CaseOptions.ScanInterval"/> on the injected clock.</summary>
internal sealed partial class DomainClockService(DomainClock clock, IOptions<CaseOptions> options, TimeProvider timeProvider, ILogger<DomainClockService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScannerEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Waits first: at start the engine's own startup work and job executor get the database to themselves.
            try
            {
                await Task.Delay(options.Value.ScanInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await clock.RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Domain scan failed, retrying after the scan interval: {Reason}")]
    private partial void LogFailed(string reason);
}
