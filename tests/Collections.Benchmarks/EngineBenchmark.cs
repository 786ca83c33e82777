using System.Data.Common;
using System.Diagnostics;
using Collections.Engine.Api;
using Collections.Engine.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Collections.Benchmarks;

/// <summary>
/// Issue 3's engine benchmark: N instances of start → user task, their tasks completed, and the floor — the same rows
/// written by plain batched inserts into the same database — for comparison.
/// </summary>
internal sealed class EngineBenchmark(BenchmarkOptions options)
{
    private const string Process = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="bench">
          <bpmn:process id="bench" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call" />
            <bpmn:userTask id="call" name="Call debtor" camunda:candidateGroups="junior-collectors" />
            <bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var connection = await BenchmarkDatabase.CreateAsync(options);
        var provider = options.Database == "postgres" ? DatabaseProviders.Postgres : DatabaseProviders.Sqlite;
        await using var services = new ServiceCollection().AddLogging()
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .AddCollectionsEngine(o => { o.Provider = provider; o.ConnectionString = connection; })
            .BuildServiceProvider();
        await services.GetRequiredService<IEngineDatabase>().MigrateAsync(cancellationToken);
        var engine = services.GetRequiredService<IProcessEngine>();
        var queries = services.GetRequiredService<IProcessQueries>();
        await engine.DeployAsync(new DeploymentRequest("bench.bpmn", Process), cancellationToken);
        await WarmUpAsync(engine, queries, cancellationToken);

        Console.WriteLine($"engine benchmark: db={provider} instances={options.Instances} concurrency={options.Concurrency} cores={Environment.ProcessorCount}");
        var started = await TimeAsync(options.Instances, i => engine.StartProcessAsync(
            new StartProcessRequest("bench", $"INV-{i}", new Dictionary<string, object?> { ["amount"] = 1200.50m + i, ["currency"] = "EUR" }), cancellationToken));
        var size = await MeasureStorageAsync(provider, connection, cancellationToken);
        var taskIds = await AllTaskIdsAsync(queries, cancellationToken);
        var completed = await TimeAsync(taskIds.Count, i => engine.CompleteUserTaskAsync(taskIds[i], null, cancellationToken));
        var floor = await FloorAsync(provider, connection, options.Instances, size.AverageDocumentBytes, cancellationToken);

        var startRate = options.Instances / started.TotalSeconds;
        Console.WriteLine($"instances started/s:   {startRate,10:F0}   ({started.TotalSeconds:F2} s)");
        Console.WriteLine($"tasks completed/s:     {taskIds.Count / completed.TotalSeconds,10:F0}   ({completed.TotalSeconds:F2} s)");
        Console.WriteLine($"floor rows/s (batched):{floor.RowsPerSecond,10:F0}   ({floor.Rows} rows in {floor.Elapsed.TotalSeconds:F2} s)");
        Console.WriteLine($"engine rows/s (start): {startRate * RowsPerStart,10:F0}   ({RowsPerStart} rows per start: instance, task, history)");
        Console.WriteLine($"floor / engine:        {floor.RowsPerSecond / (startRate * RowsPerStart),10:F2}x");
        Console.WriteLine($"bytes per waiting instance: document {size.AverageDocumentBytes:F0} B; {size.Description}");
    }

    private const int RowsPerStart = 3;

    private async Task<TimeSpan> TimeAsync(int count, Func<int, Task> work)
    {
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (i, _) => await work(i));
        return watch.Elapsed;
    }

    private static async Task WarmUpAsync(IProcessEngine engine, IProcessQueries queries, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 20; i++) await engine.StartProcessAsync(new StartProcessRequest("bench", "warm-up"), cancellationToken);
        foreach (var task in await queries.ListUserTasksAsync(new UserTaskQuery(BusinessKey: "warm-up"), cancellationToken))
        {
            await engine.CompleteUserTaskAsync(task.Id, null, cancellationToken);
        }
    }

    private static async Task<List<Guid>> AllTaskIdsAsync(IProcessQueries queries, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        while (true)
        {
            var page = await queries.ListUserTasksAsync(new UserTaskQuery(Skip: ids.Count, Take: 1000), cancellationToken);
            ids.AddRange(page.Select(t => t.Id));
            if (page.Count < 1000) return ids;
        }
    }

    private async Task<(double AverageDocumentBytes, string Description)> MeasureStorageAsync(string provider, string connection, CancellationToken cancellationToken)
    {
        await using var db = Open(provider, connection);
        await db.OpenAsync(cancellationToken);
        var avgDoc = Convert.ToDouble(await ScalarAsync(db, provider == DatabaseProviders.Postgres
            ? "SELECT avg(octet_length(\"Document\")) FROM engine_instances WHERE \"Status\" = 'active'"
            : "SELECT avg(length(CAST(\"Document\" AS BLOB))) FROM engine_instances WHERE \"Status\" = 'active'", cancellationToken));
        if (provider != DatabaseProviders.Postgres)
        {
            var pages = Convert.ToDouble(await ScalarAsync(db, "PRAGMA page_count", cancellationToken));
            var pageSize = Convert.ToDouble(await ScalarAsync(db, "PRAGMA page_size", cancellationToken));
            return (avgDoc, $"database file {pages * pageSize / options.Instances:F0} B per instance (all tables and indexes)");
        }

        var tables = new[] { "engine_instances", "engine_user_tasks", "engine_history_activities", "engine_history_variables" };
        var parts = new List<string>();
        double total = 0;
        foreach (var table in tables)
        {
            var bytes = Convert.ToDouble(await ScalarAsync(db, $"SELECT pg_total_relation_size('{table}')", cancellationToken));
            total += bytes;
            parts.Add($"{table} {bytes / options.Instances:F0}");
        }

        return (avgDoc, $"tables with indexes {total / options.Instances:F0} B per instance ({string.Join(", ", parts)})");
    }

    /// <summary>The floor: the same three rows per instance, by plain batched INSERTs of 500 rows per transaction.</summary>
    private static async Task<(int Rows, TimeSpan Elapsed, double RowsPerSecond)> FloorAsync(
        string provider, string connection, int instances, double documentBytes, CancellationToken cancellationToken)
    {
        var document = new string('x', (int)documentBytes);
        await using var db = Open(provider, connection);
        await db.OpenAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        for (var offset = 0; offset < instances; offset += 500)
        {
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            var batch = new List<(string Sql, object[] Values)>();
            for (var i = offset; i < Math.Min(instances, offset + 500); i++) FloorRows(batch, provider, Guid.NewGuid(), Guid.NewGuid(), document, now);
            await ExecuteAsync(db, transaction, batch, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var elapsed = watch.Elapsed;
        return (instances * RowsPerStart, elapsed, instances * RowsPerStart / elapsed.TotalSeconds);
    }

    private static void FloorRows(List<(string Sql, object[] Values)> batch, string provider, Guid instanceId, Guid taskId, string document, DateTimeOffset now)
    {
        object time = provider == DatabaseProviders.Postgres ? now : now.ToUniversalTime().UtcTicks;
        Add(batch, """INSERT INTO engine_instances ("Id","DefinitionId","DefinitionKey","DefinitionVersion","BusinessKey","RootInstanceId","Status","StartedAt","Document","Version") VALUES (@p0,@p1,'floor',1,'INV',@p0,'active',@p2,@p3,0)""",
            instanceId, Guid.Empty, time, document);
        Add(batch, """INSERT INTO engine_user_tasks ("Id","ProcessInstanceId","RootInstanceId","ActivityInstanceId","TaskDefinitionKey","Name","DefinitionId","DefinitionKey","CandidateGroups","CreatedAt","Priority") VALUES (@p0,@p1,@p1,'2','call','Call debtor',@p2,'floor','|junior-collectors|',@p3,50)""",
            taskId, instanceId, Guid.Empty, time);
        Add(batch, """INSERT INTO engine_history_activities ("ProcessInstanceId","ActivityInstanceId","ActivityId","ActivityType","StartedAt","EndedAt","Canceled") VALUES (@p0,'1','start','startEvent',@p1,@p1,false)""",
            instanceId, time);
    }

    private static void Add(List<(string Sql, object[] Values)> batch, string sql, params object[] values) => batch.Add((sql, values));

    /// <summary>One round trip per batch where the provider batches (Npgsql); prepared statements in one transaction on SQLite.</summary>
    private static async Task ExecuteAsync(DbConnection db, DbTransaction transaction, List<(string Sql, object[] Values)> rows, CancellationToken cancellationToken)
    {
        if (db.CanCreateBatch)
        {
            await using var batch = db.CreateBatch();
            batch.Transaction = transaction;
            foreach (var (sql, values) in rows)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = sql;
                AddParameters(values, command.CreateParameter, command.Parameters);
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        foreach (var (sql, values) in rows)
        {
            await using var command = db.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            AddParameters(values, command.CreateParameter, command.Parameters);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void AddParameters(object[] values, Func<DbParameter> create, DbParameterCollection parameters)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = create();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = values[i];
            parameters.Add(parameter);
        }
    }

    private static DbConnection Open(string provider, string connection) =>
        provider == DatabaseProviders.Postgres ? new NpgsqlConnection(connection) : new SqliteConnection(connection);

    private static async Task<object?> ScalarAsync(DbConnection db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
