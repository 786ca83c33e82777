using Collections.Engine.Api;
using Collections.Engine.Jobs;
using Collections.Engine.Runtime;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

public sealed class AsyncContinuationTests
{
    [Theory, SqliteData, PostgresData]
    public async Task AsyncBefore_StopsAtJobUntilExecutorRuns(string database)
    {
        var xml = Process("async", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "score")}
            <bpmn:scriptTask id="score" scriptFormat="javascript" camunda:asyncBefore="true" camunda:resultVariable="risk"><bpmn:script>'low'</bpmn:script></bpmn:scriptTask>
            {Flow("f1", "score", "review")}
            <bpmn:userTask id="review" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("async");
        var job = Assert.Single(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));

        var ran = await engine.Engine.ExecuteDueJobsAsync(default);

        Assert.Equal(JobTypes.AsyncContinuation, job.Type);
        Assert.Equal(1, ran);
        Assert.Equal(["review"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task AsyncJob_ScriptKeepsFailing_RetriesPerCycleThenIncidentAndRetryResolves(string database)
    {
        var xml = Process("flaky", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "score")}
            <bpmn:scriptTask id="score" scriptFormat="javascript" camunda:asyncBefore="true">
              <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R2/PT10M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
              <bpmn:script>if (!ready) throw new Error('score service unavailable'); 'ok'</bpmn:script>
            </bpmn:scriptTask>
            {Flow("f1", "score", "review")}
            <bpmn:userTask id="review" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("flaky", new { ready = false });

        await engine.Engine.ExecuteDueJobsAsync(default);
        var afterFirst = Assert.Single(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));
        await engine.AdvanceAsync(TimeSpan.FromMinutes(10));
        var incident = Assert.Single(await engine.IncidentsAsync(instance.Id));
        await engine.Engine.SetVariablesAsync(instance.Id, new Dictionary<string, object?> { ["ready"] = true }, default);
        await engine.Engine.RetryIncidentAsync(incident.Id, 1, default);
        await engine.Engine.ExecuteDueJobsAsync(default);

        Assert.Equal(1, afterFirst.Retries);
        Assert.Equal(TestEngine.Start.AddMinutes(10), afterFirst.DueAt);
        Assert.Contains("score service unavailable", afterFirst.ExceptionMessage);
        Assert.Equal(IncidentTypes.FailedJob, incident.Type);
        Assert.Equal(["review"], await engine.WaitingAsync(instance.Id));
    }
}
