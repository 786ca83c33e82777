using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collections.Server.Tests.Infrastructure;
using Npgsql;

namespace Collections.Server.Tests.Cluster;

/// <summary>
/// Issue 4's multi-process test: three real server processes, each its own lock owner, share one fresh PostgreSQL
/// database; 5,000 timers fall due at once; one process is SIGKILLed in the middle; every timer's effect must be in
/// the database exactly once. Real wall clock (separate processes): the wait is a bounded poll on database counts.
/// </summary>
public sealed class TimerStormClusterTests
{
    private const int Timers = 5_000;

    private const string StormProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-storm" targetNamespace="http://collections.dev/test">
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

    [PostgresFact]
    [Trait("Category", "MultiProcess")]
    public async Task ThreeNodes_FiveThousandTimersDueAtOnce_OneNodeKilled_EveryTimerFiresExactlyOnce()
    {
        var database = await CreateDatabaseAsync();
        var servers = new List<ServerProcess>();
        try
        {
            for (var n = 1; n <= 3; n++) servers.Add(await ServerProcess.StartAsync(NodeSettings(database, n), CancellationToken.None));
            using var api = new HttpClient { BaseAddress = servers[0].BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestApiKeys.Admin);
            using (var content = new StringContent(StormProcess, Encoding.UTF8, "application/xml"))
            {
                (await api.PostAsync("/api/v1/deployments?name=storm.bpmn", content)).EnsureSuccessStatusCode();
            }

            await Parallel.ForAsync(0, Timers, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            {
                using var started = await api.PostAsJsonAsync("/api/v1/process-instances", new { processKey = "storm", businessKey = $"T-{i}" }, ct);
                started.EnsureSuccessStatusCode();
            });
            Assert.Equal(Timers, await ScalarAsync(database, """SELECT count(*) FROM engine_jobs WHERE "Type" = 'timer'"""));

            // All 5,000 fall due at once; the nodes find them by polling (no NOTIFY for a direct UPDATE).
            await ExecuteAsync(database, """UPDATE engine_jobs SET "DueAt" = now()""");
            await WaitUntilAsync(database, """SELECT count(*) FROM engine_instances WHERE "Status" = 'completed'""", atLeast: Timers / 5);
            servers[1].Kill();
            await WaitUntilAsync(database, """SELECT count(*) FROM engine_instances WHERE "Status" = 'completed'""", atLeast: Timers);

            var recorded = await ScalarAsync(database, """SELECT count(*) FROM engine_history_activities WHERE "ActivityId" = 'record'""");
            var distinct = await ScalarAsync(database, """SELECT count(DISTINCT "ProcessInstanceId") FROM engine_history_activities WHERE "ActivityId" = 'record'""");
            var jobsLeft = await ScalarAsync(database, "SELECT count(*) FROM engine_jobs");
            Assert.Equal(Timers, distinct); // none lost
            Assert.Equal(Timers, recorded); // none twice
            Assert.Equal(0, jobsLeft);
        }
        finally
        {
            foreach (var server in servers) await server.DisposeAsync();
        }
    }

    private static Dictionary<string, string> NodeSettings(string connectionString, int node) => new()
    {
        ["Collections:Database:Provider"] = "postgres",
        ["Collections:Database:ConnectionString"] = connectionString,
        ["Collections:Jobs:LockOwner"] = $"storm-node-{node}",
        ["Collections:Jobs:PollIntervalMin"] = "00:00:00.050",
        ["Collections:Jobs:PollIntervalMax"] = "00:00:01",
        ["Collections:Jobs:LockDuration"] = "00:00:10",
        ["Collections:Jobs:BatchSize"] = "32",
        ["Collections:Jobs:Workers"] = "4",
        ["Collections:ApiKeys:0:Name"] = "tests",
        ["Collections:ApiKeys:0:Hash"] = TestApiKeys.AdminHash,
        ["Collections:ApiKeys:0:Scopes:0"] = "admin",
    };

    /// <summary>Polls a count every 200 ms, up to 3 minutes.</summary>
    private static async Task WaitUntilAsync(string database, string countSql, long atLeast)
    {
        var limit = Stopwatch.StartNew();
        long count;
        while ((count = await ScalarAsync(database, countSql)) < atLeast)
        {
            Assert.True(limit.Elapsed < TimeSpan.FromMinutes(3), $"Only {count} of {atLeast} after 3 minutes: {countSql}");
            await Task.Delay(200);
        }
    }

    private static async Task<string> CreateDatabaseAsync()
    {
        var server = TestDatabases.PostgresConnectionString!;
        var name = "storm_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
