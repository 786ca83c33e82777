using System.Threading.Channels;
using Collections.Engine.Persistence.Records;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Engine.Jobs;

/// <summary>
/// The background job executor of one node. Acquisition is split from execution, as in Camunda's
/// <c>jobexecutor/</c>: one loop locks batches of due jobs while <see cref="JobExecutorOptions.Workers"/> workers run
/// them. The loop never locks more than the workers can start soon (a slot per queued or running job), so a node that
/// dies strands at most a batch. When idle it sleeps until the next due time, backing off between the poll interval
/// bounds, and wakes at once on <see cref="EngineSignals"/> (a commit of this node, or another node's NOTIFY).
/// </summary>
internal sealed partial class JobExecutor(
    JobRunner runner,
    EngineSignals signals,
    JobExecutorStatus status,
    IOptions<JobExecutorOptions> options,
    TimeProvider timeProvider,
    ILogger<JobExecutor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return;
        var capacity = Math.Max(settings.BatchSize, settings.Workers);
        using var slots = new SemaphoreSlim(capacity, capacity);
        var queue = Channel.CreateUnbounded<JobRecord>(new UnboundedChannelOptions { SingleWriter = true });
        status.LockOwner = runner.LockOwner;
        status.Workers = settings.Workers;
        status.StartedAt = timeProvider.GetUtcNow();
        status.Running = true;
        LogStarted(runner.LockOwner, settings.Workers, settings.BatchSize);

        var workers = Enumerable.Range(0, settings.Workers).Select(_ => WorkAsync(queue.Reader, slots, stoppingToken)).ToList();
        try
        {
            await AcquireLoopAsync(settings, slots, queue.Writer, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        finally
        {
            queue.Writer.TryComplete();
            status.Running = false;
            await Task.WhenAll(workers);
            await ReleaseQueuedAsync(queue.Reader);
        }
    }

    private async Task AcquireLoopAsync(JobExecutorOptions settings, SemaphoreSlim slots, ChannelWriter<JobRecord> queue, CancellationToken stoppingToken)
    {
        var backoff = settings.PollIntervalMin;
        while (!stoppingToken.IsCancellationRequested)
        {
            await slots.WaitAsync(stoppingToken);
            var free = 1;
            while (free < settings.BatchSize && slots.Wait(0, CancellationToken.None)) free++;

            IReadOnlyList<JobRecord> jobs = [];
            DateTimeOffset? nextDue = null;
            try
            {
                jobs = await runner.AcquireAsync(free, stoppingToken);
                if (jobs.Count < free) nextDue = await runner.NextDueAtAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogAcquisitionFailed(ex.Message);
            }

            if (free > jobs.Count) slots.Release(free - jobs.Count);
            foreach (var job in jobs) queue.TryWrite(job);
            if (jobs.Count == free) // a full batch: more may be waiting, acquire again as soon as a slot is free
            {
                backoff = settings.PollIntervalMin;
                continue;
            }

            // Idle (or nearly): sleep until the next due job, at most the current back-off; a signal cuts it short.
            backoff = jobs.Count > 0 ? settings.PollIntervalMin : Min(backoff * 2, settings.PollIntervalMax);
            var wait = nextDue is { } due ? Clamp(due - timeProvider.GetUtcNow(), settings.PollIntervalMin, backoff) : backoff;
            if (await signals.Jobs.WaitAsync(wait, timeProvider, stoppingToken)) backoff = settings.PollIntervalMin;
        }
    }

    private async Task WorkAsync(ChannelReader<JobRecord> queue, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var batchSize = Math.Max(1, options.Value.ExecutionBatchSize);
        var batch = new List<JobRecord>(batchSize);
        while (!stoppingToken.IsCancellationRequested && await WaitToReadAsync(queue, stoppingToken))
        {
            batch.Clear();
            while (batch.Count < batchSize && queue.TryRead(out var job)) batch.Add(job);
            if (batch.Count == 0) continue;
            try
            {
                await runner.RunBatchAsync(batch, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // its transaction rolled back; the locks expire or are released below
            }
            catch (Exception ex)
            {
                LogWorkerFailed(batch[0].Id, ex.Message);
            }
            finally
            {
                slots.Release(batch.Count);
            }
        }
    }

    private static async Task<bool> WaitToReadAsync(ChannelReader<JobRecord> queue, CancellationToken stoppingToken)
    {
        try
        {
            return await queue.WaitToReadAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>On a graceful stop, jobs locked but never started go back to the pool at once instead of after expiry.</summary>
    private async Task ReleaseQueuedAsync(ChannelReader<JobRecord> queue)
    {
        var left = new List<Guid>();
        while (queue.TryRead(out var job)) left.Add(job.Id);
        if (left.Count == 0) return;
        try
        {
            await runner.ReleaseAsync(left, CancellationToken.None);
            status.Released(left.Count);
        }
        catch (Exception ex)
        {
            LogAcquisitionFailed(ex.Message);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;

    [LoggerMessage(Level = LogLevel.Information, Message = "Job executor started as {LockOwner} with {Workers} workers, batches of {BatchSize}")]
    private partial void LogStarted(string lockOwner, int workers, int batchSize);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job acquisition failed, retrying after the poll interval: {Reason}")]
    private partial void LogAcquisitionFailed(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} could not be run or recorded: {Reason}")]
    private partial void LogWorkerFailed(Guid jobId, string reason);
}
