using Collections.Engine.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Collections.Engine.Jobs;

/// <summary>
/// On PostgreSQL, LISTENs on <see cref="JobStore.NotifyChannel"/> so another node's committed job or external task
/// wakes this node's executor and long-polling workers at once. Off on SQLite (one node).
/// A dedicated unpooled connection: a pooled one would be reset, and its LISTEN dropped, when returned.
/// </summary>
internal sealed partial class PostgresNotificationListener(
    IOptions<EngineOptions> engineOptions,
    EngineSignals signals,
    TimeProvider timeProvider,
    ILogger<PostgresNotificationListener> logger) : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = engineOptions.Value;
        if (!string.Equals(settings.Provider, DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase)) return;
        var connectionString = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (e.Payload == JobStore.ExternalTasksPayload) signals.NotifyExternalTasks();
                    else signals.NotifyJobs();
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {JobStore.NotifyChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Whatever was announced while this node was not listening: look once now.
                signals.NotifyJobs();
                signals.NotifyExternalTasks();
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogListenFailed(ex.Message);
                try
                {
                    await Task.Delay(ReconnectDelay, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LISTEN connection lost, reconnecting (polling covers the gap): {Reason}")]
    private partial void LogListenFailed(string reason);
}
