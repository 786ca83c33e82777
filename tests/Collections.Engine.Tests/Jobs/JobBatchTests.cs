using Collections.Engine.Api;
using Collections.Engine.Jobs;
using Collections.Engine.Runtime;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Jobs;

/// <summary>Several due jobs run in one unit of work; one failing job never costs the others anything.</summary>
public sealed class JobBatchTests
{
    private static readonly string Storm = Process("storm", $$"""
        <bpmn:startEvent id="start" />
        {{Flow("f0", "start", "wait")}}
        <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        {{Flow("f1", "wait", "record")}}
        <bpmn:scriptTask id="record" scriptFormat="javascript"><bpmn:script>if (broken) { throw new Error('scoring down'); } execution.setVariable('fired', true);</bpmn:script></bpmn:scriptTask>
        {{Flow("f2", "record", "end")}}
        <bpmn:endEvent id="end" />
        """);

    [Theory, SqliteData, PostgresData]
    public async Task RunBatchAsync_AllHealthy_EveryTimerFiresOnceInOneGo(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Storm);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++) ids.Add((await engine.StartAsync("storm", new { broken = false })).Id);
        engine.Clock.Advance(TimeSpan.FromHours(1));
        var runner = engine.Inner.GetRequiredService<JobRunner>();

        var jobs = await runner.AcquireAsync(10, default);
        await runner.RunBatchAsync(jobs, default);

        Assert.Equal(5, jobs.Count);
        foreach (var id in ids) Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(id)).Status);
        Assert.Empty(await engine.Queries.ListJobsAsync(new(), default));
    }

    [Theory, SqliteData, PostgresData]
    public async Task RunBatchAsync_OneJobFails_OthersCommitAndOnlyTheFailingOneSpendsARetry(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Storm);
        var healthy = new List<Guid>();
        for (var i = 0; i < 3; i++) healthy.Add((await engine.StartAsync("storm", new { broken = false })).Id);
        var broken = (await engine.StartAsync("storm", new { broken = true })).Id;
        engine.Clock.Advance(TimeSpan.FromHours(1));
        var runner = engine.Inner.GetRequiredService<JobRunner>();

        await runner.RunBatchAsync(await runner.AcquireAsync(10, default), default);

        foreach (var id in healthy) Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(id)).Status);
        var left = Assert.Single(await engine.Queries.ListJobsAsync(new(), default));
        Assert.Equal(broken, left.ProcessInstanceId);
        Assert.Equal(RetryPolicy.InitialRetries(null) - 1, left.Retries);
        Assert.Contains("scoring down", left.ExceptionMessage);
        Assert.Null(left.LockOwner);
    }
}
