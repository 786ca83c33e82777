using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Engine.Jobs;

/// <summary>
/// Acquires and runs jobs. A job is locked (lock owner + expiry + version) by <see cref="AcquireAsync"/>, then run in
/// its own unit of work which deletes the row only while this node still owns it; a failure rolls that work back and
/// spends one retry per <c>camunda:failedJobRetryTimeCycle</c>, and the last retry opens an incident. The hosted
/// <see cref="JobExecutor"/> and <see cref="Api.IProcessEngine.ExecuteDueJobsAsync"/> share this.
/// </summary>
internal sealed partial class JobRunner(
    CommandExecutor executor,
    JobStore store,
    IEnumerable<IJobHandler> handlers,
    IOptions<JobExecutorOptions> options,
    JobMetrics metrics,
    JobExecutorStatus status,
    ILogger<JobRunner> logger)
{
    private const int MaxJobsPerCall = 100_000;
    private readonly Dictionary<string, IJobHandler> _handlers = handlers.ToDictionary(h => h.Type, StringComparer.Ordinal);

    /// <summary>The lock owner id of this node.</summary>
    public string LockOwner { get; } = options.Value.LockOwner is { Length: > 0 } owner
        ? owner : $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public TimeSpan LockDuration => options.Value.LockDuration;

    /// <summary>
    /// Runs every due job, one at a time in due order, until none is due (deterministic: tests and the simulator).
    /// Acquires one job per round so a job made due by the previous one runs in its due place.
    /// </summary>
    public async Task<int> ExecuteDueJobsAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        while (count < MaxJobsPerCall && await AcquireAsync(1, cancellationToken) is [var job])
        {
            await RunAsync(job, cancellationToken);
            count++;
        }

        return count;
    }

    /// <summary>The earliest due time of any job some node could acquire now or later.</summary>
    public Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken) =>
        executor.ExecuteRowsAsync(db => store.NextDueAtAsync(db, executor.Now, cancellationToken), cancellationToken);

    /// <summary>Locks up to <paramref name="maxJobs"/> due jobs for this node in one transaction.</summary>
    public async Task<IReadOnlyList<JobRecord>> AcquireAsync(int maxJobs, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var now = executor.Now;
        var jobs = await executor.ExecuteRowsAsync(
            db => store.AcquireAsync(db, LockOwner, maxJobs, now, now + LockDuration, cancellationToken), cancellationToken);
        metrics.Acquired(jobs.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        status.Acquired(now, jobs.Count);
        return jobs;
    }

    /// <summary>Runs one acquired job; true when it committed (or was gone), false when it failed and spent a retry.</summary>
    public async Task<bool> RunAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var failed = false;
        try
        {
            var ran = await executor.ExecuteAsync(async ctx =>
            {
                var deleted = await ctx.Db.Jobs.Where(j => j.Id == job.Id && j.LockOwner == LockOwner).ExecuteDeleteAsync(cancellationToken);
                if (deleted == 0) return false; // taken over after our lock expired, or removed with its token
                if (!_handlers.TryGetValue(job.Type, out var handler)) throw new InvalidOperationException($"No handler for job type '{job.Type}'.");
                await handler.ExecuteAsync(ctx, job);
                return true;
            }, failuresRollBack: true, cancellationToken);
            if (ran) metrics.Executed(job.Type, IsTimer(job.Type) ? executor.Now - job.DueAt : null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failed = true;
            metrics.Failed(job.Type);
            LogJobFailed(job.Id, job.Type, job.ActivityId, ex.Message);
            await RecordFailureAsync(job, ex, cancellationToken);
        }
        finally
        {
            status.Finished(failed);
        }

        return !failed;
    }

    /// <summary>
    /// Runs several acquired jobs in one unit of work (<see cref="JobExecutorOptions.ExecutionBatchSize"/>). Any failure
    /// rolls the whole batch back and every job runs again alone through <see cref="RunAsync"/>, which spends retries
    /// and opens incidents per job; a batch therefore never turns one job's failure into another's.
    /// </summary>
    public async Task RunBatchAsync(IReadOnlyList<JobRecord> jobs, CancellationToken cancellationToken)
    {
        if (jobs.Count == 1)
        {
            await RunAsync(jobs[0], cancellationToken);
            return;
        }

        IReadOnlyList<JobRecord> ran;
        try
        {
            ran = await executor.ExecuteAsync(async ctx =>
            {
                var ids = jobs.Select(j => j.Id).ToList();
                var owned = await ctx.Db.Jobs.Where(j => ids.Contains(j.Id) && j.LockOwner == LockOwner).Select(j => j.Id).ToListAsync(cancellationToken);
                await ctx.Db.Jobs.Where(j => owned.Contains(j.Id)).ExecuteDeleteAsync(cancellationToken);
                var mine = jobs.Where(j => owned.Contains(j.Id)).ToList();
                await ctx.PreloadRunsAsync(mine.Where(j => j.ProcessInstanceId is not null).Select(j => j.ProcessInstanceId!.Value).ToList());
                foreach (var job in mine)
                {
                    if (!_handlers.TryGetValue(job.Type, out var handler)) throw new InvalidOperationException($"No handler for job type '{job.Type}'.");
                    await handler.ExecuteAsync(ctx, job);
                }

                return (IReadOnlyList<JobRecord>)mine;
            }, failuresRollBack: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogBatchFallback(jobs.Count, ex.Message);
            foreach (var job in jobs) await RunAsync(job, cancellationToken);
            return;
        }

        foreach (var job in ran) metrics.Executed(job.Type, IsTimer(job.Type) ? executor.Now - job.DueAt : null);
        foreach (var _ in jobs) status.Finished(false);
    }

    /// <summary>Gives locked jobs back before their lock expires (a graceful stop); jobs another node took are untouched.</summary>
    public Task ReleaseAsync(IReadOnlyCollection<Guid> jobIds, CancellationToken cancellationToken) =>
        executor.ExecuteRowsAsync(db => db.Jobs.Where(j => jobIds.Contains(j.Id) && j.LockOwner == LockOwner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.LockOwner, (string?)null).SetProperty(j => j.LockExpiresAt, (DateTimeOffset?)null)
            .SetProperty(j => j.Version, j => j.Version + 1), cancellationToken), cancellationToken);

    private static bool IsTimer(string type) => type is JobTypes.Timer or JobTypes.TimerStart;

    private Task RecordFailureAsync(JobRecord job, Exception failure, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(async ctx =>
        {
            var row = await ctx.Db.Jobs.FirstOrDefaultAsync(j => j.Id == job.Id, cancellationToken);
            if (row is null || row.LockOwner != LockOwner) return; // gone, or another node took it after our lock expired
            var run = row.ProcessInstanceId is { } id ? await ctx.LoadRunAsync(id) : null;
            var node = run?.Model.NodesById.GetValueOrDefault(row.ActivityId);
            if (node is null && row.DefinitionId is { } definitionId)
            {
                var definition = await ctx.Definitions.GetAsync(ctx.Db, definitionId, cancellationToken);
                node = definition.Model.NodesById.GetValueOrDefault(row.ActivityId);
            }

            var cycle = RetryPolicy.CycleOf(node);
            var wait = cycle.IntervalBefore(row.Retries); // indexed by the retries held before this failure
            row.Retries = Math.Max(0, row.Retries - 1);
            row.ExceptionMessage = failure.Message.Length > 4000 ? failure.Message[..4000] : failure.Message;
            row.LockOwner = null;
            row.LockExpiresAt = null;
            row.DueAt = ctx.Now + wait;
            row.Version++;
            if (row.Retries > 0) return;
            if (_handlers.TryGetValue(row.Type, out var handler)) await handler.OnRetriesExhaustedAsync(ctx, row);
            if (run is null) return;
            var ai = row.ActivityInstanceId is { } aiId ? run.State.Find(aiId) : null;
            if (ai is not null) ctx.RaiseIncident(run, ai, IncidentTypes.FailedJob, $"Job for '{row.ActivityId}' failed with no retries left: {row.ExceptionMessage}", null, jobId: row.Id);
        }, failuresRollBack: false, cancellationToken);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A batch of {Count} jobs failed and runs job by job: {Reason}")]
    private partial void LogBatchFallback(int count, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({JobType} at {ActivityId}) failed: {Reason}")]
    private partial void LogJobFailed(Guid jobId, string jobType, string activityId, string reason);
}
