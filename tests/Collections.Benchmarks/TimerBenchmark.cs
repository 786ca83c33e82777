using System.Diagnostics;
using Collections.Engine.Api;
using Collections.Engine.Configuration;
using Collections.Engine.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Collections.Benchmarks;

/// <summary>
/// Issue 4's timer storm: N instances wait on a timer (timer → script task → end); all timers are made due at once;
/// K separate OS processes (this program's <c>timers-node</c> verb, each a job executor with its own lock owner) run
/// them. Prints jobs/s, lateness percentiles (due → the script task's end in history), duplicates and lost.
/// </summary>
internal sealed class TimerBenchmark(BenchmarkOptions options)
{
    private const string Process = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="bench">
          <bpmn:process id="storm" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="record" />
            <bpmn:scriptTask id="record" scriptFormat="javascript"><bpmn:script>execution.setVariable("fired", true);</bpmn:script></bpmn:scriptTask>
            <bpmn:sequenceFlow id="f3" sourceRef="record" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (options.Database != "postgres") throw new InvalidOperationException("timers runs on PostgreSQL (--db postgres): several nodes share it.");
        var connection = await BenchmarkDatabase.CreateAsync(options);
        await using (var services = Services(connection, null))
        {
            await services.GetRequiredService<IEngineDatabase>().MigrateAsync(cancellationToken);
            var engine = services.GetRequiredService<IProcessEngine>();
            await engine.DeployAsync(new DeploymentRequest("storm.bpmn", Process), cancellationToken);
            await Parallel.ForAsync(0, options.Timers, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
                await engine.StartProcessAsync(new StartProcessRequest("storm", $"T-{i}"), ct));
        }

        Console.WriteLine($"timers benchmark: db=postgres timers={options.Timers} nodes={options.Nodes} (separate processes) workers/node={options.Workers} cores={Environment.ProcessorCount}");
        var nodes = Enumerable.Range(1, options.Nodes).Select(n => StartNode(connection, n)).ToList();
        try
        {
            foreach (var node in nodes) await node.StandardOutput.ReadLineAsync(cancellationToken); // "ready"
            var dueAt = await ScalarAsync<DateTime>(connection, """UPDATE engine_jobs SET "DueAt" = now() RETURNING "DueAt" """);
            await using (var notify = new NpgsqlConnection(connection))
            {
                await notify.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand($"SELECT pg_notify('{JobStore.NotifyChannel}', 'jobs')", notify);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            var limit = Stopwatch.StartNew();
            while (await ScalarAsync<long>(connection, """SELECT count(*) FROM engine_instances WHERE "Status" = 'completed'""") < options.Timers
                   && limit.Elapsed < TimeSpan.FromMinutes(10))
            {
                await Task.Delay(100, cancellationToken);
            }

            await ReportAsync(connection, new DateTimeOffset(DateTime.SpecifyKind(dueAt, DateTimeKind.Utc)), cancellationToken);
        }
        finally
        {
            foreach (var node in nodes)
            {
                if (!node.HasExited) node.Kill(entireProcessTree: true);
                await node.WaitForExitAsync(CancellationToken.None);
                node.Dispose();
            }
        }
    }

    /// <summary>The <c>timers-node</c> verb: one job executor over the database until its standard input closes.</summary>
    public static async Task RunNodeAsync(BenchmarkOptions options)
    {
        await using var services = Services(options.Connection!, o =>
        {
            o.LockOwner = options.Owner;
            o.Workers = options.Workers;
            o.BatchSize = 32;
            o.PollIntervalMin = TimeSpan.FromMilliseconds(20);
            o.PollIntervalMax = TimeSpan.FromMilliseconds(500);
        });
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted) await service.StartAsync(CancellationToken.None);
        Console.WriteLine("ready");
        await Console.In.ReadToEndAsync();
        foreach (var service in hosted) await service.StopAsync(CancellationToken.None);
    }

    private static ServiceProvider Services(string connection, Action<JobExecutorOptions>? jobs)
    {
        var services = new ServiceCollection().AddLogging()
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .AddCollectionsEngine(o => { o.Provider = DatabaseProviders.Postgres; o.ConnectionString = connection; });
        if (jobs is not null) services.AddCollectionsJobExecutor().Configure(jobs);
        return services.BuildServiceProvider();
    }

    private Process StartNode(string connection, int n)
    {
        var host = Environment.ProcessPath!;
        var info = new ProcessStartInfo(host) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") info.ArgumentList.Add(typeof(TimerBenchmark).Assembly.Location);
        foreach (var arg in new[] { "timers-node", "--connection", connection, "--owner", $"bench-node-{n}", "--workers", options.Workers.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        return System.Diagnostics.Process.Start(info)!;
    }

    private async Task ReportAsync(string connection, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync(cancellationToken);
        var ends = new List<DateTime>();
        await using (var command = new NpgsqlCommand("""SELECT "EndedAt" FROM engine_history_activities WHERE "ActivityId" = 'record' ORDER BY "EndedAt" """, db))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) ends.Add(reader.GetDateTime(0));
        }

        var distinct = await ScalarAsync<long>(connection, """SELECT count(DISTINCT "ProcessInstanceId") FROM engine_history_activities WHERE "ActivityId" = 'record'""");
        var lateness = ends.Select(e => (new DateTimeOffset(DateTime.SpecifyKind(e, DateTimeKind.Utc)) - dueAt).TotalSeconds).Order().ToList();
        var elapsed = lateness.Count > 0 ? lateness[^1] : double.NaN;
        Console.WriteLine($"timer jobs executed:   {ends.Count,10}");
        Console.WriteLine($"jobs/s:                {ends.Count / elapsed,10:F0}   ({elapsed:F2} s from due to last done)");
        Console.WriteLine($"lateness p50/p95/p99:  {Percentile(lateness, 0.50):F2} s / {Percentile(lateness, 0.95):F2} s / {Percentile(lateness, 0.99):F2} s");
        Console.WriteLine($"duplicates:            {ends.Count - distinct,10}");
        Console.WriteLine($"lost:                  {options.Timers - distinct,10}");
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task<T> ScalarAsync<T>(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
