using Collections.Engine.Api;
using Collections.Engine.Jobs;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

public sealed class TimerTests
{
    private static string Timer(string kind, string value) =>
        $"<bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition>";

    [Theory, SqliteData, PostgresData]
    public async Task IntermediateTimer_SevenDays_FiresAtDueTimeNotBefore(string database)
    {
        var xml = Process("reminder", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "week")}
            <bpmn:intermediateCatchEvent id="week">{Timer("timeDuration", "P7D")}</bpmn:intermediateCatchEvent>
            {Flow("f1", "week", "callDebtor")}
            <bpmn:userTask id="callDebtor" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("reminder");
        var job = Assert.Single(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));

        await engine.AdvanceAsync(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        var early = await engine.WaitingAsync(instance.Id);
        await engine.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(JobTypes.Timer, job.Type);
        Assert.Equal(TestEngine.Start.AddDays(7), job.DueAt);
        Assert.Equal(["week"], early);
        Assert.Equal(["callDebtor"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task IntermediateTimer_DateFromVariable_FiresAtThatDate(string database)
    {
        var xml = Process("promiseDate", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "until")}
            <bpmn:intermediateCatchEvent id="until">{Timer("timeDate", "${promiseDate}")}</bpmn:intermediateCatchEvent>
            {Flow("f1", "until", "check")}
            <bpmn:userTask id="check" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);

        var instance = await engine.StartAsync("promiseDate", new { promiseDate = TestEngine.Start.AddDays(10) });

        var job = Assert.Single(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));
        Assert.Equal(TestEngine.Start.AddDays(10), job.DueAt);
    }

    [Theory, SqliteData, PostgresData]
    public async Task InterruptingBoundaryTimer_TaskNotDoneInTime_CancelsTaskAndEscalates(string database)
    {
        var xml = Process("escalation", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "juniorCall")}
            <bpmn:userTask id="juniorCall" />
            <bpmn:boundaryEvent id="late" attachedToRef="juniorCall">{Timer("timeDuration", "P2D")}</bpmn:boundaryEvent>
            {Flow("f1", "juniorCall", "end")}
            {Flow("f2", "late", "seniorCall")}
            <bpmn:userTask id="seniorCall" />
            <bpmn:endEvent id="end" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("escalation");

        await engine.AdvanceAsync(TimeSpan.FromDays(2));

        Assert.Equal(["seniorCall"], await engine.WaitingAsync(instance.Id));
        Assert.Equal(["seniorCall"], (await engine.TasksAsync(instance.Id)).Select(t => t.TaskDefinitionKey));
        var history = await engine.Queries.ListActivityHistoryAsync(instance.Id, default);
        Assert.True(history.Single(h => h.ActivityId == "juniorCall").Canceled);
    }

    [Theory, SqliteData, PostgresData]
    public async Task NonInterruptingBoundaryCycle_FiresTwiceThenStops_TaskStaysOpen(string database)
    {
        var xml = Process("nudges", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "approve")}
            <bpmn:userTask id="approve" />
            <bpmn:boundaryEvent id="nudge" attachedToRef="approve" cancelActivity="false">{Timer("timeCycle", "R2/P1D")}</bpmn:boundaryEvent>
            {Flow("f1", "approve", "end")}
            {Flow("f2", "nudge", "remind")}
            <bpmn:userTask id="remind" />
            <bpmn:endEvent id="end" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("nudges");

        await engine.AdvanceAsync(TimeSpan.FromDays(10));

        Assert.Equal(["approve", "remind", "remind"], await engine.WaitingAsync(instance.Id));
        Assert.Empty(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));
        var fired = (await engine.Queries.ListActivityHistoryAsync(instance.Id, default)).Where(h => h.ActivityId == "nudge").ToList();
        Assert.Equal([TestEngine.Start.AddDays(1), TestEngine.Start.AddDays(2)], fired.Select(h => h.StartedAt));
    }

    [Theory, SqliteData, PostgresData]
    public async Task BoundaryTimer_TaskCompletedFirst_TimerIsRemoved(string database)
    {
        var xml = Process("inTime", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "approve")}
            <bpmn:userTask id="approve" />
            <bpmn:boundaryEvent id="late" attachedToRef="approve">{Timer("timeDuration", "PT4H")}</bpmn:boundaryEvent>
            {Flow("f1", "approve", "end")}
            {Flow("f2", "late", "end")}
            <bpmn:endEvent id="end" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("inTime");

        await engine.CompleteTaskAsync(instance.Id, "approve");
        await engine.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Empty(await engine.Queries.ListJobsAsync(new(), default));
        Assert.Equal(["start", "approve", "end"], await engine.CompletedActivitiesAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task TimerStartCycle_ThreeRepetitions_StartsThreeInstances(string database)
    {
        var xml = Process("daily", $"""
            <bpmn:startEvent id="tick">{Timer("timeCycle", "R3/PT24H")}</bpmn:startEvent>
            {Flow("f0", "tick", "report")}
            <bpmn:userTask id="report" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);

        await engine.AdvanceAsync(TimeSpan.FromDays(7));

        var started = await engine.Queries.ListInstancesAsync(new InstanceQuery(DefinitionKey: "daily"), default);
        Assert.Equal([1, 2, 3], started.Select(i => (int)(i.StartedAt - TestEngine.Start).TotalDays));
    }
}
