using Collections.Engine.Api;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

public sealed class EventSubProcessTimerTests
{
    private static string Plan(string interrupting, string timer) => Process("plan", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "negotiate")}
        <bpmn:userTask id="negotiate" />
        {Flow("f1", "negotiate", "end")}
        <bpmn:endEvent id="end" />
        <bpmn:subProcess id="deadline" triggeredByEvent="true">
          <bpmn:startEvent id="tick" isInterrupting="{interrupting}"><bpmn:timerEventDefinition>{timer}</bpmn:timerEventDefinition></bpmn:startEvent>
          {Flow("t1", "tick", "notifyManager")}
          <bpmn:userTask id="notifyManager" />
        </bpmn:subProcess>
        """);

    [Theory, SqliteData, PostgresData]
    public async Task NonInterruptingTimerCycle_EventSubProcess_RepeatsWhileMainFlowWaits(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Plan("false", "<bpmn:timeCycle>R3/P7D</bpmn:timeCycle>"));
        var instance = await engine.StartAsync("plan");

        await engine.AdvanceAsync(TimeSpan.FromDays(30));

        Assert.Equal(["negotiate", "notifyManager", "notifyManager", "notifyManager"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task InterruptingTimer_EventSubProcess_CancelsMainFlow(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Plan("true", "<bpmn:timeDuration>P28D</bpmn:timeDuration>"));
        var instance = await engine.StartAsync("plan");

        await engine.AdvanceAsync(TimeSpan.FromDays(28));
        await engine.CompleteTaskAsync(instance.Id, "notifyManager");

        Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.True((await engine.Queries.ListActivityHistoryAsync(instance.Id, default)).Single(h => h.ActivityId == "negotiate").Canceled);
    }

    [Theory, SqliteData, PostgresData]
    public async Task MainFlowEndsFirst_EventSubProcessTimerIsRemoved(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Plan("true", "<bpmn:timeDuration>P28D</bpmn:timeDuration>"));
        var instance = await engine.StartAsync("plan");

        await engine.CompleteTaskAsync(instance.Id, "negotiate");

        Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.Empty(await engine.Queries.ListJobsAsync(new(), default));
    }

    [Theory, SqliteData, PostgresData]
    public async Task NonInterruptingMessageBoundary_FiresTwice_TaskStaysOpen(string database)
    {
        var xml = Process("reminders", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "call")}
            <bpmn:userTask id="call" />
            <bpmn:boundaryEvent id="note" attachedToRef="call" cancelActivity="false"><bpmn:messageEventDefinition messageRef="mNote" /></bpmn:boundaryEvent>
            {Flow("f1", "note", "readNote")}
            <bpmn:userTask id="readNote" />
            """, """<bpmn:message id="mNote" name="collector-note" />""");
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("reminders", businessKey: "INV-1");

        await engine.Engine.CorrelateMessageAsync(new("collector-note", BusinessKey: "INV-1"), default);
        await engine.Engine.CorrelateMessageAsync(new("collector-note", BusinessKey: "INV-1"), default);

        Assert.Equal(["call", "readNote", "readNote"], await engine.WaitingAsync(instance.Id));
    }
}
