using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Webhooks;

/// <summary>Runs <see cref="WebhookDispatcher"/> every <see cref="WebhookOptions.PollInterval"/> on the injected clock.</summary>
internal sealed partial class WebhookDispatcherService(WebhookDispatcher dispatcher, IOptions<WebhookOptions> options, TimeProvider timeProvider, ILogger<WebhookDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Waits first: at start the engine's own startup work and job executor get the database to themselves.
            try
            {
                await Task.Delay(options.Value.PollInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook dispatch failed, retrying after the poll interval: {Reason}")]
    private partial void LogFailed(string reason);
}
