using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime;
using Collections.Engine.Runtime.Migration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Engine.Jobs;

/// <summary>
/// Seeds a migration batch chunk by chunk (Camunda's batch seed job): gives the next <see cref="MigrationOptions.ChunkSize"/>
/// pending instances an <see cref="JobTypes.InstanceMigration"/> job each, and schedules itself again while any remain.
/// The job executor then migrates the instances in parallel, each in its own unit of work.
/// </summary>
internal sealed class MigrationSeedJobHandler(IOptions<MigrationOptions> options) : IJobHandler
{
    public string Type => JobTypes.MigrationSeed;

    public async Task ExecuteAsync(CommandContext context, JobRecord job)
    {
        var batchId = Guid.Parse(job.Payload!);
        var chunk = Math.Max(1, options.Value.ChunkSize);
        var cancellationToken = context.CancellationToken;
        var items = await context.Db.MigrationBatchItems
            .Where(i => i.BatchId == batchId && i.Status == MigrationItemStatuses.Pending)
            .OrderBy(i => i.ProcessInstanceId).Take(chunk + 1).ToListAsync(cancellationToken);
        var ids = items.Take(chunk).Select(i => i.ProcessInstanceId).ToList();
        var roots = await context.Db.Instances.Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.RootInstanceId }).ToDictionaryAsync(i => i.Id, i => i.RootInstanceId, cancellationToken);
        foreach (var item in items.Take(chunk))
        {
            item.Status = MigrationItemStatuses.Scheduled;
            item.UpdatedAt = context.Now;
            context.Db.Jobs.Add(new JobRecord
            {
                Id = Guid.CreateVersion7(context.Now),
                Type = JobTypes.InstanceMigration,
                ProcessInstanceId = item.ProcessInstanceId,
                RootInstanceId = roots.GetValueOrDefault(item.ProcessInstanceId, item.ProcessInstanceId),
                DefinitionId = job.DefinitionId,
                ActivityId = job.ActivityId,
                DueAt = context.Now,
                Exclusive = true, // never beside a timer or continuation of the same instance
                Retries = RetryPolicy.InitialRetries(null),
                Payload = job.Payload,
                CreatedAt = context.Now,
            });
        }

        if (items.Count > chunk) context.Db.Jobs.Add(Create(batchId, job.DefinitionId!.Value, job.ActivityId, context.Now));
    }

    /// <summary>The seed job of a batch: due now, not exclusive (it belongs to no instance).</summary>
    public static JobRecord Create(Guid batchId, Guid sourceDefinitionId, string processKey, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Type = JobTypes.MigrationSeed,
        DefinitionId = sourceDefinitionId,
        ActivityId = processKey,
        DueAt = now,
        Exclusive = false,
        Retries = RetryPolicy.InitialRetries(null),
        Payload = batchId.ToString(),
        CreatedAt = now,
    };
}
