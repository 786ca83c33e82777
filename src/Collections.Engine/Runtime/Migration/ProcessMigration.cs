using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Expressions;
using Collections.Engine.Jobs;
using Collections.Engine.Persistence;
using Collections.Engine.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Engine.Runtime.Migration;

/// <summary>
/// Instance migration: plans, previews and batches. A preview prepares every instance on a read-only unit of
/// work that is never committed; a batch is a row, one item per instance and a seed job, written in one transaction
/// and then run by the job executor (<see cref="MigrationSeedJobHandler"/>, <see cref="InstanceMigrationJobHandler"/>).
/// </summary>
internal sealed class ProcessMigration(
    EngineDbContextFactory factory,
    CommandExecutor executor,
    DefinitionCache definitions,
    IExpressionEvaluator evaluator,
    TimeProvider timeProvider,
    IOptions<MigrationOptions> options) : IProcessMigration
{
    private const int PreviewPage = 200;
    private const int MaxFailuresListed = 100;

    public async Task<IReadOnlyList<ProcessVersionInfo>> ListVersionsAsync(string processKey, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var versions = await db.Definitions.AsNoTracking().Where(d => d.Key == processKey).OrderByDescending(d => d.Version)
            .Select(d => new ProcessDefinitionRecord
            {
                Id = d.Id, Key = d.Key, Version = d.Version, Name = d.Name, ResourceName = d.ResourceName, Xml = "", XmlHash = d.XmlHash,
                IsExecutable = d.IsExecutable, VersionTag = d.VersionTag, DeployedAt = d.DeployedAt,
                Source = d.Source, SourceReference = d.SourceReference, ChangeNote = d.ChangeNote,
            }).ToListAsync(cancellationToken);
        if (versions.Count == 0) throw new NotFoundException("Process", processKey);
        var running = await db.Instances.AsNoTracking().Where(i => i.DefinitionKey == processKey && i.Status == InstanceStatuses.Active)
            .GroupBy(i => i.DefinitionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return versions.Select(v => new ProcessVersionInfo(ProcessQueries.ToInfo(v), running.GetValueOrDefault(v.Id))).ToList();
    }

    public async Task<MigrationPlanDraft> GeneratePlanAsync(Guid sourceDefinitionId, Guid targetDefinitionId,
        IReadOnlyList<MigrationInstruction>? manualInstructions, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var (source, target) = await LoadDefinitionsAsync(db, sourceDefinitionId, targetDefinitionId, cancellationToken);
        var plan = new MigrationPlan(source.Id, target.Id, MigrationPlanner.Build(source.Model, target.Model, manualInstructions));
        var mapped = plan.Instructions.Select(i => i.SourceActivityId).ToHashSet(StringComparer.Ordinal);
        return new MigrationPlanDraft(
            plan,
            await InfoAsync(db, source.Id, cancellationToken),
            await InfoAsync(db, target.Id, cancellationToken),
            MigrationPlanner.Migratable(source.Model).Select(MigrationPlanner.Describe).ToList(),
            MigrationPlanner.Migratable(target.Model).Select(MigrationPlanner.Describe).ToList(),
            MigrationPlanner.Migratable(source.Model).Where(n => !mapped.Contains(n.Id)).Select(n => n.Id).ToList(),
            MigrationPlanner.Validate(plan, source, target));
    }

    public async Task<MigrationPreview> PreviewAsync(MigrationRequest request, int maxListed, CancellationToken cancellationToken)
    {
        var plan = request.Plan;
        await using var db = factory.Create();
        var (source, target) = await LoadDefinitionsAsync(db, plan.SourceDefinitionId, plan.TargetDefinitionId, cancellationToken);
        var planProblems = MigrationPlanner.Validate(plan, source, target);
        var ids = await InstanceIdsAsync(db, request, cancellationToken);
        if (planProblems.Count > 0) return new MigrationPreview(plan, planProblems, ids.Count, 0, ids.Count, 0, []);

        var listed = new List<InstanceMigrationPreview>();
        var migratable = 0;
        var limit = Math.Clamp(maxListed, 0, options.Value.MaxPreviewListed);
        foreach (var page in ids.Chunk(PreviewPage))
        {
            // A unit of work that is never committed: the instances are prepared exactly as a batch job would, without writing.
            await using var pageDb = factory.Create();
            var context = new CommandContext(pageDb, timeProvider.GetUtcNow(), evaluator, definitions, cancellationToken);
            await context.PreloadRunsAsync(page);
            var pageIds = page.Select(id => (Guid?)id).ToList();
            var jobs = (await pageDb.Jobs.AsNoTracking().Where(j => pageIds.Contains(j.ProcessInstanceId)).ToListAsync(cancellationToken)).ToLookup(j => j.ProcessInstanceId);
            var subscriptions = (await pageDb.MessageSubscriptions.AsNoTracking().Where(s => page.Contains(s.ProcessInstanceId)).ToListAsync(cancellationToken))
                .ToLookup(s => s.ProcessInstanceId);
            var migrator = new InstanceMigrator(context, plan);
            foreach (var id in page)
            {
                var run = await context.LoadRunAsync(id);
                var prepared = migrator.Prepare(run, target, jobs[id].ToList(), subscriptions[id].ToList());
                if (prepared.CanMigrate) migratable++;
                if (listed.Count < limit)
                {
                    listed.Add(new InstanceMigrationPreview(id, run.Record.BusinessKey, prepared.CanMigrate, prepared.Moves, prepared.Problems));
                }
            }
        }

        return new MigrationPreview(plan, [], ids.Count, migratable, ids.Count - migratable, listed.Count, listed);
    }

    public async Task<MigrationBatchInfo> StartBatchAsync(MigrationRequest request, string? startedBy, CancellationToken cancellationToken)
    {
        var plan = request.Plan;
        var batchId = await executor.ExecuteRowsAsync(async db =>
        {
            var (source, target) = await LoadDefinitionsAsync(db, plan.SourceDefinitionId, plan.TargetDefinitionId, cancellationToken);
            if (MigrationPlanner.Validate(plan, source, target) is { Count: > 0 } problems)
            {
                throw new InvalidRequestException("migration.plan-invalid",
                    $"The migration plan cannot run: {string.Join(" ", problems.Select(p => p.Message))}", "instructions");
            }

            var instances = await InstancesAsync(db, request, cancellationToken);
            if (instances.Count == 0)
            {
                throw new InvalidRequestException("migration.no-instances",
                    $"There are no instances of {source.Key} version {source.Version} to migrate.", "processInstanceIds");
            }

            var now = timeProvider.GetUtcNow();
            var batch = new MigrationBatchRecord
            {
                Id = Guid.CreateVersion7(now),
                SourceDefinitionId = source.Id,
                TargetDefinitionId = target.Id,
                DefinitionKey = source.Key,
                SourceVersion = source.Version,
                TargetVersion = target.Version,
                Plan = MigrationJson.WritePlan(plan),
                Total = instances.Count,
                CreatedBy = startedBy,
                CreatedAt = now,
            };
            db.MigrationBatches.Add(batch);
            db.MigrationBatchItems.AddRange(instances.Select(i => new MigrationBatchItemRecord
            {
                BatchId = batch.Id, ProcessInstanceId = i.Id, BusinessKey = i.BusinessKey, Status = MigrationItemStatuses.Pending, UpdatedAt = now,
            }));
            db.Jobs.Add(MigrationSeedJobHandler.Create(batch.Id, source.Id, source.Key, now));
            return batch.Id;
        }, cancellationToken);
        return (await GetBatchAsync(batchId, cancellationToken))!;
    }

    public async Task<MigrationBatchInfo?> GetBatchAsync(Guid batchId, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var batch = await db.MigrationBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        return batch is null ? null : await ToInfoAsync(db, batch, cancellationToken);
    }

    public async Task<IReadOnlyList<MigrationBatchInfo>> ListBatchesAsync(string? processKey, int take, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var query = db.MigrationBatches.AsNoTracking();
        if (processKey is not null) query = query.Where(b => b.DefinitionKey == processKey);
        var batches = await query.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).Take(Math.Clamp(take, 1, 100)).ToListAsync(cancellationToken);
        var result = new List<MigrationBatchInfo>(batches.Count);
        foreach (var batch in batches) result.Add(await ToInfoAsync(db, batch, cancellationToken));
        return result;
    }

    public async Task<IReadOnlyList<HistoricMigrationInfo>> ListMigrationHistoryAsync(Guid processInstanceId, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var rows = await db.MigrationHistory.AsNoTracking().Where(m => m.ProcessInstanceId == processInstanceId)
            .OrderBy(m => m.MigratedAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var result = new List<HistoricMigrationInfo>(rows.Count);
        foreach (var row in rows)
        {
            var from = await definitions.GetAsync(db, row.FromDefinitionId, cancellationToken);
            var to = await definitions.GetAsync(db, row.ToDefinitionId, cancellationToken);
            var moves = MigrationJson.ReadMoves(row.Moves, id => from.Model.NodesById.GetValueOrDefault(id)?.Name, id => to.Model.NodesById.GetValueOrDefault(id)?.Name);
            result.Add(new HistoricMigrationInfo(row.ProcessInstanceId, row.BatchId, row.FromDefinitionId, row.FromVersion, row.ToDefinitionId, row.ToVersion, row.MigratedAt, moves));
        }

        return result;
    }

    private async Task<(DeployedDefinition Source, DeployedDefinition Target)> LoadDefinitionsAsync(
        EngineDbContext db, Guid sourceId, Guid targetId, CancellationToken cancellationToken) =>
        (await definitions.GetAsync(db, sourceId, cancellationToken), await definitions.GetAsync(db, targetId, cancellationToken));

    private static async Task<ProcessDefinitionInfo> InfoAsync(EngineDbContext db, Guid id, CancellationToken cancellationToken) =>
        ProcessQueries.ToInfo(await db.Definitions.AsNoTracking().FirstAsync(d => d.Id == id, cancellationToken));

    private static async Task<IReadOnlyList<Guid>> InstanceIdsAsync(EngineDbContext db, MigrationRequest request, CancellationToken cancellationToken) =>
        (await InstancesAsync(db, request, cancellationToken)).Select(i => i.Id).ToList();

    /// <summary>The request's instances in the order given, or the source's running instances in start order; unknown ids are refused.</summary>
    private static async Task<IReadOnlyList<(Guid Id, string? BusinessKey)>> InstancesAsync(EngineDbContext db, MigrationRequest request, CancellationToken cancellationToken)
    {
        if (request.ProcessInstanceIds is not { } wanted)
        {
            var sourceId = request.Plan.SourceDefinitionId;
            var running = await db.Instances.AsNoTracking().Where(i => i.DefinitionId == sourceId && i.Status == InstanceStatuses.Active)
                .OrderBy(i => i.StartedAt).ThenBy(i => i.Id).Select(i => new { i.Id, i.BusinessKey }).ToListAsync(cancellationToken);
            return running.Select(i => (i.Id, i.BusinessKey)).ToList();
        }

        var found = new Dictionary<Guid, string?>();
        foreach (var chunk in wanted.Distinct().Chunk(1000))
        {
            var rows = await db.Instances.AsNoTracking().Where(i => chunk.Contains(i.Id)).Select(i => new { i.Id, i.BusinessKey }).ToListAsync(cancellationToken);
            foreach (var row in rows) found[row.Id] = row.BusinessKey;
        }

        for (var i = 0; i < wanted.Count; i++)
        {
            if (!found.ContainsKey(wanted[i]))
            {
                throw new InvalidRequestException("migration.instance-unknown", $"There is no process instance '{wanted[i]}'.", $"processInstanceIds[{i}]");
            }
        }

        return wanted.Distinct().Select(id => (id, found[id])).ToList();
    }

    private static async Task<MigrationBatchInfo> ToInfoAsync(EngineDbContext db, MigrationBatchRecord batch, CancellationToken cancellationToken)
    {
        var id = batch.Id;
        var counts = await db.MigrationBatchItems.AsNoTracking().Where(i => i.BatchId == id).GroupBy(i => i.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var migrated = counts.GetValueOrDefault(MigrationItemStatuses.Migrated);
        var failed = counts.GetValueOrDefault(MigrationItemStatuses.Failed);
        var pending = counts.GetValueOrDefault(MigrationItemStatuses.Pending) + counts.GetValueOrDefault(MigrationItemStatuses.Scheduled);
        List<MigrationFailure> failures = failed == 0 ? [] : await db.MigrationBatchItems.AsNoTracking()
            .Where(i => i.BatchId == id && i.Status == MigrationItemStatuses.Failed).OrderBy(i => i.ProcessInstanceId).Take(MaxFailuresListed)
            .Select(i => new MigrationFailure(i.ProcessInstanceId, i.BusinessKey, i.Message ?? "")).ToListAsync(cancellationToken);
        // Max over DateTimeOffset is not translatable on SQLite's binary form; one ordered row is.
        DateTimeOffset? completedAt = pending > 0 ? null : await db.MigrationBatchItems.AsNoTracking().Where(i => i.BatchId == id)
            .OrderByDescending(i => i.UpdatedAt).Select(i => (DateTimeOffset?)i.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        return new MigrationBatchInfo(batch.Id, batch.DefinitionKey, batch.SourceDefinitionId, batch.SourceVersion, batch.TargetDefinitionId,
            batch.TargetVersion, batch.Total, migrated, failed, pending, pending == 0, batch.CreatedAt, completedAt, batch.CreatedBy, failures);
    }
}
