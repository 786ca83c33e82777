using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime;
using Collections.Engine.Runtime.Migration;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Jobs;

/// <summary>
/// Migrates one instance of a batch in the job's own unit of work. An instance the plan no longer fits (it moved on,
/// ended, or a new timer's expression fails on its variables) is recorded as failed with the reason and stays as it
/// was; the batch's other instances are not affected. An unexpected error spends the job's retries, then marks the
/// instance failed and opens a <c>failedJob</c> incident on it (retrying the incident migrates it again).
/// </summary>
internal sealed class InstanceMigrationJobHandler : IJobHandler
{
    public string Type => JobTypes.InstanceMigration;

    public async Task ExecuteAsync(CommandContext context, JobRecord job)
    {
        var (batchId, instanceId) = (Guid.Parse(job.Payload!), job.ProcessInstanceId!.Value);
        var item = await FindItemAsync(context, batchId, instanceId);
        if (item is null) return;
        var batch = await context.Db.MigrationBatches.AsNoTracking().FirstAsync(b => b.Id == batchId, context.CancellationToken);
        var plan = MigrationJson.ReadPlan(batch.Plan);
        var target = await context.Definitions.GetAsync(context.Db, plan.TargetDefinitionId, context.CancellationToken);
        var outcome = await new InstanceMigrator(context, plan).MigrateAsync(instanceId, target, batchId);
        item.Status = outcome.CanMigrate ? MigrationItemStatuses.Migrated : MigrationItemStatuses.Failed;
        item.Message = outcome.CanMigrate ? null : Truncate(string.Join(" ", outcome.Problems.Select(p => p.Message)));
        item.UpdatedAt = context.Now;
    }

    public async Task OnRetriesExhaustedAsync(CommandContext context, JobRecord job)
    {
        var item = await FindItemAsync(context, Guid.Parse(job.Payload!), job.ProcessInstanceId!.Value);
        if (item is not null)
        {
            item.Status = MigrationItemStatuses.Failed;
            item.Message = Truncate(job.ExceptionMessage ?? "The migration job failed.");
            item.UpdatedAt = context.Now;
        }

        var run = await context.LoadRunAsync(job.ProcessInstanceId!.Value);
        context.RaiseIncident(run, run.State.Root, IncidentTypes.FailedJob,
            $"Migration to another version failed with no retries left: {job.ExceptionMessage}", null, jobId: job.Id);
    }

    private static Task<MigrationBatchItemRecord?> FindItemAsync(CommandContext context, Guid batchId, Guid instanceId) =>
        context.Db.MigrationBatchItems.FirstOrDefaultAsync(i => i.BatchId == batchId && i.ProcessInstanceId == instanceId, context.CancellationToken);

    private static string Truncate(string text) => text.Length > 4000 ? text[..4000] : text;
}
