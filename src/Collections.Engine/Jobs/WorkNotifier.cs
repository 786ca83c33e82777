using Collections.Engine.Persistence;
using Collections.Engine.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Engine.Jobs;

/// <summary>
/// The commit hook of <see cref="Runtime.CommandExecutor"/>: a unit of work that wrote a job due soon or a
/// fetchable external task announces it, inside its transaction to other nodes (PostgreSQL NOTIFY is delivered only
/// on commit) and after the commit to this node's executor and long-polling workers. Nothing is announced for a
/// rolled-back unit of work, so nobody wakes for work that does not exist.
/// </summary>
internal sealed class WorkNotifier(JobStore store, EngineSignals signals, IOptions<JobExecutorOptions> options)
{
    /// <summary>What a commit brought.</summary>
    [Flags]
    public enum News
    {
        None = 0,
        Jobs = 1,
        ExternalTasks = 2,
    }

    /// <summary>Inspects the pending changes before they are saved and sends the NOTIFY in the same transaction.</summary>
    public async Task<News> BeforeCommitAsync(EngineDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A job due after the longest idle wait is found by the next poll anyway; only sooner ones wake anybody.
        var horizon = now + options.Value.PollIntervalMax;
        var news = News.None;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            news |= entry.Entity switch
            {
                JobRecord job when job.DueAt <= horizon && job.Retries > 0 => News.Jobs,
                ExternalTaskRecord task when task.AvailableAt <= now && task.WorkerId is null => News.ExternalTasks,
                _ => News.None,
            };
        }

        if (news.HasFlag(News.Jobs)) await store.NotifyAsync(db, JobStore.JobsPayload, cancellationToken);
        if (news.HasFlag(News.ExternalTasks)) await store.NotifyAsync(db, JobStore.ExternalTasksPayload, cancellationToken);
        return news;
    }

    /// <summary>Wakes this node's waiters once the transaction has committed.</summary>
    public void AfterCommit(News news)
    {
        if (news.HasFlag(News.Jobs)) signals.NotifyJobs();
        if (news.HasFlag(News.ExternalTasks)) signals.NotifyExternalTasks();
    }
}
