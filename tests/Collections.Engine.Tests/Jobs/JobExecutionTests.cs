using Collections.Engine.Api;
using Collections.Engine.Jobs;
using Collections.Engine.Persistence;
using Collections.Engine.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Jobs;

/// <summary>Issue 4's "Done when" for timers, node failure, exclusivity, retries and incidents, on a fake clock.</summary>
public sealed class JobExecutionTests
{
    private static string Timer(string kind, string value) =>
        $"<bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition>";

    private static readonly string HourTimer = Process("hourTimer", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "hour")}
        <bpmn:intermediateCatchEvent id="hour">{Timer("timeDuration", "PT1H")}</bpmn:intermediateCatchEvent>
        {Flow("f1", "hour", "call")}
        <bpmn:userTask id="call" />
        """);

    [Theory, SqliteData, PostgresData]
    public async Task Timer_AtItsDueTime_FiresOnce(string database)
    {
        await using var cluster = await TestCluster.CreateAsync(database);
        var node = await cluster.StartNodeAsync("node-a");
        await node.DeployAsync(HourTimer);
        var instance = await node.StartAsync("hourTimer");

        cluster.Clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        var early = await node.Engine.ExecuteDueJobsAsync(default);
        cluster.Clock.Advance(TimeSpan.FromSeconds(1));
        var due = await node.Engine.ExecuteDueJobsAsync(default);
        var again = await node.Engine.ExecuteDueJobsAsync(default);

        Assert.Equal((0, 1, 0), (early, due, again));
        Assert.Equal(["call"], await node.WaitingAsync(instance.Id));
        Assert.Single(await node.CompletedActivitiesAsync(instance.Id), a => a == "hour");
    }

    [Theory, SqliteData, PostgresData]
    public async Task TimerStartCycle_R3Hourly_StartsThreeInstancesThenStops(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Process("hourly", $"""
            <bpmn:startEvent id="start">{Timer("timeCycle", "R3/PT1H")}</bpmn:startEvent>
            {Flow("f0", "start", "call")}
            <bpmn:userTask id="call" />
            """));

        await engine.AdvanceAsync(TimeSpan.FromHours(10));

        var instances = await engine.Queries.ListInstancesAsync(new InstanceQuery(), default);
        Assert.Equal(3, instances.Count);
        Assert.Empty(await engine.Queries.ListJobsAsync(new JobQuery(), default));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Timer_DueWhileAllNodesWereDown_FiresOnceOnRestart(string database)
    {
        await using var cluster = await TestCluster.CreateAsync(database);
        var before = await cluster.StartNodeAsync("node-before");
        await before.DeployAsync(HourTimer);
        var instance = await before.StartAsync("hourTimer");
        await cluster.StopNodeAsync(before);

        cluster.Clock.Advance(TimeSpan.FromDays(2));
        var after = await cluster.StartNodeAsync("node-after");
        var ran = await after.Engine.ExecuteDueJobsAsync(default);
        var again = await after.Engine.ExecuteDueJobsAsync(default);

        Assert.Equal((1, 0), (ran, again));
        Assert.Equal(["call"], await after.WaitingAsync(instance.Id));
        Assert.Single(await after.CompletedActivitiesAsync(instance.Id), a => a == "hour");
    }

    [Theory, SqliteData, PostgresData]
    public async Task Timer_LockedByNodeThatDied_TakenByAnotherNodeOnlyAfterLockExpiry(string database)
    {
        await using var cluster = await TestCluster.CreateAsync(database);
        var survivor = await cluster.StartNodeAsync("node-b");
        await survivor.DeployAsync(HourTimer);
        var instance = await survivor.StartAsync("hourTimer");
        cluster.Clock.Advance(TimeSpan.FromHours(1));
        var lockExpiry = cluster.Clock.GetUtcNow() + TimeSpan.FromMinutes(5);
        await using (var db = survivor.Service<EngineDbContextFactory>().Create())
        {
            // What a node that acquired the timer and was then killed leaves behind.
            await db.Jobs.ExecuteUpdateAsync(s => s.SetProperty(j => j.LockOwner, "node-a-dead").SetProperty(j => j.LockExpiresAt, lockExpiry));
        }

        var whileLocked = await survivor.Engine.ExecuteDueJobsAsync(default);
        cluster.Clock.Advance(TimeSpan.FromMinutes(5));
        var atExpiry = await survivor.Engine.ExecuteDueJobsAsync(default);
        cluster.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterExpiry = await survivor.Engine.ExecuteDueJobsAsync(default);

        Assert.Equal((0, 0, 1), (whileLocked, atExpiry, afterExpiry));
        Assert.Equal(["call"], await survivor.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task AsyncJobs_TwoParallelBranchesOfOneInstance_NeverRunAtTheSameTime(string database)
    {
        await using var cluster = await TestCluster.CreateAsync(database);
        var nodeA = await cluster.StartNodeAsync("node-a");
        var nodeB = await cluster.StartNodeAsync("node-b");
        await nodeA.DeployAsync(Process("twoBranches", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "fork")}
            <bpmn:parallelGateway id="fork" />
            {Flow("f1", "fork", "left")}
            {Flow("f2", "fork", "right")}
            <bpmn:task id="left" camunda:asyncBefore="true" />
            <bpmn:task id="right" camunda:asyncBefore="true" />
            {Flow("f3", "left", "leftDone")}
            {Flow("f4", "right", "rightDone")}
            <bpmn:userTask id="leftDone" />
            <bpmn:userTask id="rightDone" />
            """));
        var instance = await nodeA.StartAsync("twoBranches");
        var runnerA = nodeA.Service<JobRunner>();
        var runnerB = nodeB.Service<JobRunner>();

        var first = await runnerA.AcquireAsync(10, default);
        var secondWhileFirstRuns = await runnerB.AcquireAsync(10, default);
        await runnerA.RunAsync(Assert.Single(first), default);
        var secondAfter = await runnerB.AcquireAsync(10, default);
        await runnerB.RunAsync(Assert.Single(secondAfter), default);

        Assert.Empty(secondWhileFirstRuns);
        Assert.Equal(["leftDone", "rightDone"], await nodeA.WaitingAsync(instance.Id));
    }

    private static readonly string FlakyLedger = Process("ledger", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "post")}
        <bpmn:scriptTask id="post" scriptFormat="javascript" camunda:asyncBefore="true">
          <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>PT1M,PT5M,PT10M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
          <bpmn:script>if (!execution.getVariable("ledgerUp")) throw new Error("ledger down"); execution.setVariable("posted", true);</bpmn:script>
        </bpmn:scriptTask>
        {Flow("f1", "post", "review")}
        <bpmn:userTask id="review" />
        """);

    [Theory, SqliteData, PostgresData]
    public async Task FailingJob_RetryCycle_RetriesAfterEachIntervalThenOpensIncident(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, FlakyLedger);
        var instance = await engine.StartAsync("ledger", new { ledgerUp = false });

        await engine.Engine.ExecuteDueJobsAsync(default);
        var afterFirst = Assert.Single(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));
        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await engine.Engine.ExecuteDueJobsAsync(default);
        var afterSecond = Assert.Single(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));
        engine.Clock.Advance(TimeSpan.FromMinutes(5));
        await engine.Engine.ExecuteDueJobsAsync(default);
        var afterThird = Assert.Single(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));

        Assert.Equal((2, TestEngine.Start.AddMinutes(1)), (afterFirst.Retries, afterFirst.DueAt));
        Assert.Equal((1, TestEngine.Start.AddMinutes(6)), (afterSecond.Retries, afterSecond.DueAt));
        Assert.Equal(0, afterThird.Retries);
        Assert.Contains("ledger down", afterThird.ExceptionMessage);
        var incident = Assert.Single(await engine.IncidentsAsync(instance.Id));
        Assert.Equal("post", incident.ActivityId);
        Assert.Contains("ledger down", incident.Message);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RetryIncident_AfterTheCauseIsFixed_InstanceContinues(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, FlakyLedger);
        var instance = await engine.StartAsync("ledger", new { ledgerUp = false });
        await engine.AdvanceAsync(TimeSpan.FromHours(1));
        var incident = Assert.Single(await engine.IncidentsAsync(instance.Id));

        await engine.Engine.SetVariablesAsync(instance.Id, new Dictionary<string, object?> { ["ledgerUp"] = true }, default);
        await engine.Engine.RetryIncidentAsync(incident.Id, 1, default);
        await engine.Engine.ExecuteDueJobsAsync(default);

        Assert.Equal(["review"], await engine.WaitingAsync(instance.Id));
        Assert.Empty(await engine.IncidentsAsync(instance.Id));
        Assert.Equal(true, (await engine.VariablesAsync(instance.Id))["posted"].Value);
    }
}
