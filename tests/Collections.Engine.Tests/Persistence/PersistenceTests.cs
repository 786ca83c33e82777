using Collections.Engine.Api;
using Collections.Engine.Configuration;
using Collections.Engine.Testing;
using Collections.Engine.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Persistence;

public sealed class PersistenceTests
{
    private static readonly string Plan = Process("plan", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "week1")}
        <bpmn:intermediateCatchEvent id="week1"><bpmn:timerEventDefinition><bpmn:timeDuration>P7D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        {Flow("f1", "week1", "fork")}
        <bpmn:parallelGateway id="fork" />
        {Flow("f2", "fork", "email")}
        {Flow("f3", "fork", "call")}
        <bpmn:userTask id="email" />
        <bpmn:userTask id="call" />
        {Flow("f4", "email", "join")}
        {Flow("f5", "call", "join")}
        <bpmn:parallelGateway id="join" />
        {Flow("f6", "join", "done")}
        <bpmn:userTask id="done" />
        """);

    private static async Task<(string Provider, string ConnectionString)> DurableDatabaseAsync(string database)
    {
        if (database == DatabaseProviders.Sqlite)
        {
            return (DatabaseProviders.Sqlite, $"Data Source={Path.Combine(Path.GetTempPath(), $"collections-{Guid.NewGuid():N}.db")}");
        }

        var (provider, connectionString) = await TestDatabases.CreateAsync(database);
        return (provider, connectionString!);
    }

    [Theory, SqliteData, PostgresData]
    public async Task NewEngine_SameDatabase_ContinuesInstanceWhereItStood(string database)
    {
        var (provider, connectionString) = await DurableDatabaseAsync(database);
        var clock = new FakeTimeProvider(TestEngine.Start);
        Guid instanceId;
        await using (var first = await InMemoryEngine.StartAsync(clock, provider, connectionString, default))
        {
            await first.Engine.DeployAsync(new DeploymentRequest("plan.bpmn", Plan), default);
            instanceId = (await first.Engine.StartProcessAsync(new StartProcessRequest("plan", "INV-1", new Dictionary<string, object?> { ["amount"] = 12.34m }), default)).Id;
        }

        await using var second = await InMemoryEngine.StartAsync(clock, provider, connectionString, default);
        await second.AdvanceAsync(TimeSpan.FromDays(7), default);

        var instance = await second.Queries.GetInstanceAsync(instanceId, default);
        Assert.Equal(["call", "email"], instance!.WaitingActivityIds.Order());
        Assert.Equal(12.34m, (await second.Queries.GetVariablesAsync(instanceId, default))["amount"].Value);
    }

    [Theory, SqliteData, PostgresData]
    public async Task TwoNodes_CompleteBothBranchesAtOnce_BothSucceedAndJoinFiresOnce(string database)
    {
        var (provider, connectionString) = await DurableDatabaseAsync(database);
        var clock = new FakeTimeProvider(TestEngine.Start);
        await using var nodeA = await InMemoryEngine.StartAsync(clock, provider, connectionString, default);
        await using var nodeB = await InMemoryEngine.StartAsync(clock, provider, connectionString, default);
        await nodeA.Engine.DeployAsync(new DeploymentRequest("plan.bpmn", Plan), default);
        var id = (await nodeA.Engine.StartProcessAsync(new StartProcessRequest("plan"), default)).Id;
        await nodeA.AdvanceAsync(TimeSpan.FromDays(7), default);
        var tasks = await nodeA.Queries.ListUserTasksAsync(new UserTaskQuery(ProcessInstanceId: id), default);

        await Task.WhenAll(
            nodeA.Engine.CompleteUserTaskAsync(tasks.Single(t => t.TaskDefinitionKey == "email").Id, null, default),
            nodeB.Engine.CompleteUserTaskAsync(tasks.Single(t => t.TaskDefinitionKey == "call").Id, null, default));

        var instance = await nodeB.Queries.GetInstanceAsync(id, default);
        Assert.Equal(["done"], instance!.WaitingActivityIds);
        var joins = (await nodeB.Queries.ListActivityHistoryAsync(id, default)).Count(h => h.ActivityId == "join" && h.EndedAt is not null);
        Assert.Equal(2, joins); // each arrival is an activity instance; the second merges the first and one token goes on
        Assert.Single(await nodeB.Queries.ListUserTasksAsync(new UserTaskQuery(ProcessInstanceId: id), default));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Deploy_IdenticalXmlTwice_NoNewVersion_ChangedXmlIsVersionTwo_RunningStaysOnOne(string database)
    {
        await using var engine = await TestEngine.StartAsync(database);
        var first = await engine.DeployAsync(Plan);
        var running = await engine.StartAsync("plan");

        var again = await engine.DeployAsync(Plan);
        var changed = await engine.DeployAsync(Plan.Replace("P7D", "P3D"));
        var newer = await engine.StartAsync("plan");

        Assert.True(first.Definitions[0].IsNewVersion);
        Assert.False(again.Definitions[0].IsNewVersion);
        Assert.Equal(1, again.Definitions[0].Version);
        Assert.Equal(2, changed.Definitions[0].Version);
        Assert.Equal(1, (await engine.InstanceAsync(running.Id)).DefinitionVersion);
        Assert.Equal(2, newer.DefinitionVersion);
        var jobs = await engine.Queries.ListJobsAsync(new(), default);
        Assert.Equal([TestEngine.Start.AddDays(3), TestEngine.Start.AddDays(7)], jobs.Select(j => j.DueAt).Order());
    }

    [Theory, SqliteData, PostgresData]
    public async Task StartVariables_History_RecordedInOrderWithExactDecimals(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Plan);
        var instance = await engine.StartAsync("plan", new { amount = 1200.00m, currency = "EUR", debtor = "ACME S.A." }, "INV-1");
        await engine.AdvanceAsync(TimeSpan.FromDays(7));

        var history = await engine.Queries.ListVariableHistoryAsync(instance.Id, default);

        Assert.Equal(["amount", "currency", "debtor"], history.Select(h => h.Name));
        Assert.Equal(1200.00m, history[0].Value.Value);
    }
}
