using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// Runs one polling loop per registered <see cref="IExternalTaskHandler"/> inside the server. A loop that found work
/// fetches again at once; an idle one waits <see cref="OutreachWorkerOptions.PollInterval"/> on the injected clock.
/// </summary>
public sealed partial class OutreachWorkerService(
    IServiceProvider services, IEnumerable<IExternalTaskHandler> handlers, IOptions<OutreachWorkerOptions> options,
    TimeProvider time, ILogger<OutreachWorkerService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => !options.Value.Enabled ? Task.CompletedTask :
        Task.WhenAll(handlers.Select(handler => RunAsync(ActivatorUtilities.CreateInstance<ExternalTaskWorker>(services, handler), stoppingToken)));

    private async Task RunAsync(ExternalTaskWorker worker, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var fetched = 0;
            try
            {
                fetched = await worker.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollFailed(ex, worker.Topic);
            }

            if (fetched > 0) continue;
            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outreach worker for topic {Topic}: fetch failed; trying again after the poll interval")]
    private partial void LogPollFailed(Exception exception, string topic);
}
