using Collections.Engine.Expressions;
using Collections.Engine.Persistence;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.State;
using Collections.Engine.Variables;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Runtime;

/// <summary>
/// One unit of work (DESIGN.md "The engine"): the instances it touched, the agenda of token operations, and the rows
/// to write. Nothing reaches the database until <see cref="CommitAsync"/>, which writes everything in one transaction.
/// Split by concern: flow (<c>CommandContext.Flow.cs</c>), events, cancellation and errors, incidents.
/// </summary>
internal sealed partial class CommandContext(
    EngineDbContext db,
    DateTimeOffset now,
    IExpressionEvaluator evaluator,
    DefinitionCache definitions,
    CancellationToken cancellationToken)
{
    private readonly Dictionary<Guid, ProcessRun> _runs = [];
    private readonly Queue<AgendaItem> _agenda = new();
    private readonly HashSet<ActivityInstanceState> _leaving = [];
    private readonly HashSet<(Guid, string)> _createdHere = [];
    private readonly Dictionary<(Guid, string), List<object>> _addedSideRows = [];
    private readonly List<(Guid InstanceId, string AiId)> _incidentsToResolve = [];

    public EngineDbContext Db { get; } = db;

    public DateTimeOffset Now { get; } = now;

    public IExpressionEvaluator Evaluator { get; } = evaluator;

    public DefinitionCache Definitions { get; } = definitions;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>
    /// In a job, a failing step rolls the whole unit of work back so the job retries (and opens an incident when
    /// retries run out). In an API command, a failing step becomes an incident on that token and the command succeeds.
    /// </summary>
    public bool FailuresRollBack { get; init; }

    public IEnumerable<ProcessRun> Runs => _runs.Values;

    public async Task<ProcessRun> LoadRunAsync(Guid instanceId)
    {
        if (_runs.TryGetValue(instanceId, out var loaded)) return loaded;
        var record = await Db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, CancellationToken)
            ?? throw new Errors.NotFoundException("Process instance", instanceId.ToString());
        var definition = await Definitions.GetAsync(Db, record.DefinitionId, CancellationToken);
        var run = new ProcessRun(record, InstanceStateSerializer.Deserialize(record.Document), definition, isNew: false);
        _runs[instanceId] = run;
        return run;
    }

    /// <summary>Loads several instances with one query (a batch of jobs); ones already loaded or missing are skipped.</summary>
    public async Task PreloadRunsAsync(IReadOnlyCollection<Guid> instanceIds)
    {
        var wanted = instanceIds.Where(id => !_runs.ContainsKey(id)).Distinct().ToList();
        if (wanted.Count == 0) return;
        var records = await Db.Instances.Where(i => wanted.Contains(i.Id)).ToListAsync(CancellationToken);
        foreach (var record in records)
        {
            var definition = await Definitions.GetAsync(Db, record.DefinitionId, CancellationToken);
            _runs[record.Id] = new ProcessRun(record, InstanceStateSerializer.Deserialize(record.Document), definition, isNew: false);
        }
    }

    /// <summary>Creates a new instance (its root scope, no token yet).</summary>
    public ProcessRun CreateRun(DeployedDefinition definition, string? businessKey, ProcessRun? parent)
    {
        var id = Guid.CreateVersion7(Now);
        var record = new ProcessInstanceRecord
        {
            Id = id,
            DefinitionId = definition.Id,
            DefinitionKey = definition.Key,
            DefinitionVersion = definition.Version,
            BusinessKey = businessKey,
            ParentInstanceId = parent?.Id,
            RootInstanceId = parent?.Record.RootInstanceId ?? id,
            Status = InstanceStatuses.Active,
            StartedAt = Now,
            Document = string.Empty,
        };
        var state = new InstanceState();
        state.Activities.Add(new ActivityInstanceState
        {
            Id = InstanceState.RootId, ActivityId = definition.Model.Id, Phase = ActivityPhase.Active, StartedAt = Now,
        });
        var run = new ProcessRun(record, state, definition, isNew: true);
        _runs[id] = run;
        return run;
    }

    public void Enqueue(ProcessRun run, ActivityInstanceState ai, AgendaOperation operation)
    {
        if (operation == AgendaOperation.Leave && !_leaving.Add(ai)) return;
        _agenda.Enqueue(new AgendaItem(run, ai, operation));
    }

    public bool IsLeaving(ActivityInstanceState ai) => _leaving.Contains(ai);

    public bool WasCreatedHere(ProcessRun run, ActivityInstanceState ai) => _createdHere.Contains((run.Id, ai.Id));

    /// <summary>Writes a variable on a scope and records the change in history.</summary>
    public void WriteVariable(ProcessRun run, ActivityInstanceState scope, string name, VariableValue value)
    {
        (scope.Variables ??= new Dictionary<string, VariableValue>(StringComparer.Ordinal))[name] = value;
        Db.VariableHistory.Add(new HistoricVariableRecord
        {
            ProcessInstanceId = run.Id,
            Sequence = run.State.NextHistorySequence++,
            Name = name,
            Value = VariableJson.ToText(value),
            ActivityInstanceId = scope.Id == InstanceState.RootId ? null : scope.Id,
            ChangedAt = Now,
        });
    }

    /// <summary>Adds a side row (task, job, subscription) owned by an activity instance.</summary>
    public void AddSideRow(ProcessRun run, ActivityInstanceState owner, SideRows kind, object row)
    {
        owner.Side |= kind;
        Db.Add(row);
        var key = (run.Id, owner.Id);
        if (!_addedSideRows.TryGetValue(key, out var list)) _addedSideRows[key] = list = [];
        list.Add(row);
    }

    /// <summary>Writes every touched instance and its rows in one transaction; false when another writer won.</summary>
    public async Task CommitAsync()
    {
        foreach (var run in _runs.Values)
        {
            run.Record.Document = InstanceStateSerializer.Serialize(run.State);
            if (run.IsNew)
            {
                Db.Instances.Add(run.Record);
            }
            else
            {
                run.Record.Version++;
            }

            await DeleteEndedSideRowsAsync(run);
        }

        await ResolveIncidentsOfEndedTokensAsync();
        await Db.SaveChangesAsync(CancellationToken);
    }

    private async Task DeleteEndedSideRowsAsync(ProcessRun run)
    {
        var id = run.Id;
        foreach (var (kind, ids) in run.EndedSideRows)
        {
            if (ids.Count == 0) continue;
            _ = kind switch
            {
                SideRows.UserTask => await Db.UserTasks.Where(t => t.ProcessInstanceId == id && ids.Contains(t.ActivityInstanceId)).ExecuteDeleteAsync(CancellationToken),
                SideRows.ExternalTask => await Db.ExternalTasks.Where(t => t.ProcessInstanceId == id && ids.Contains(t.ActivityInstanceId)).ExecuteDeleteAsync(CancellationToken),
                SideRows.Jobs => await Db.Jobs.Where(j => j.ProcessInstanceId == id && ids.Contains(j.ActivityInstanceId!)).ExecuteDeleteAsync(CancellationToken),
                SideRows.MessageSubscriptions => await Db.MessageSubscriptions.Where(s => s.ProcessInstanceId == id && ids.Contains(s.ActivityInstanceId)).ExecuteDeleteAsync(CancellationToken),
                _ => 0,
            };
        }
    }

    private async Task ResolveIncidentsOfEndedTokensAsync()
    {
        foreach (var group in _incidentsToResolve.GroupBy(x => x.InstanceId))
        {
            var ids = group.Select(x => x.AiId).ToList();
            await Db.Incidents
                .Where(i => i.ProcessInstanceId == group.Key && i.ResolvedAt == null && ids.Contains(i.ActivityInstanceId!))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ResolvedAt, Now), CancellationToken);
        }
    }

    /// <summary>Forgets the side rows of an ended activity instance: unsaved ones are dropped, saved ones deleted at commit.</summary>
    private void ReleaseSideRows(ProcessRun run, ActivityInstanceState ai)
    {
        var key = (run.Id, ai.Id);
        if (_addedSideRows.Remove(key, out var added))
        {
            foreach (var row in added) Db.Entry(row).State = EntityState.Detached;
        }

        if (ai.Side.HasFlag(SideRows.Incident)) _incidentsToResolve.Add((run.Id, ai.Id));
        if (_createdHere.Contains(key) || ai.Side == SideRows.None) return;
        if (ai.Side.HasFlag(SideRows.UserTask) && ai.TaskId is { } taskId)
        {
            // The row's id is known: delete it in the same batch as the instance update instead of a query of its own.
            Db.UserTasks.Remove(new UserTaskRecord { Id = taskId, ActivityInstanceId = ai.Id, TaskDefinitionKey = ai.ActivityId, DefinitionKey = run.Definition.Key });
            ai.Side &= ~SideRows.UserTask;
        }

        foreach (var kind in new[] { SideRows.UserTask, SideRows.ExternalTask, SideRows.Jobs, SideRows.MessageSubscriptions })
        {
            if (!ai.Side.HasFlag(kind)) continue;
            if (!run.EndedSideRows.TryGetValue(kind, out var list)) run.EndedSideRows[kind] = list = [];
            list.Add(ai.Id);
        }
    }
}
