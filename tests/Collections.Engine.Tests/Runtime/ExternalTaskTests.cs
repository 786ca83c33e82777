using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Runtime;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

public sealed class ExternalTaskTests
{
    private static readonly string SendEmail = Process("mail", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "send")}
        <bpmn:serviceTask id="send" camunda:type="external" camunda:topic="send-email" />
        <bpmn:boundaryEvent id="bounced" attachedToRef="send"><bpmn:errorEventDefinition errorRef="eBounce" /></bpmn:boundaryEvent>
        {Flow("f1", "send", "wait")}
        {Flow("f2", "bounced", "alternate")}
        <bpmn:userTask id="wait" />
        <bpmn:userTask id="alternate" />
        """, """<bpmn:error id="eBounce" errorCode="BOUNCED" />""");

    private static FetchAndLockRequest Fetch(string worker) => new(worker, 10, [new FetchTopic("send-email", TimeSpan.FromMinutes(5))]);

    [Theory, SqliteData, PostgresData]
    public async Task FetchAndComplete_WithVariables_ProcessMovesOn(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, SendEmail);
        var instance = await engine.StartAsync("mail", new { email = "ana@example.com" }, "INV-1");

        var locked = Assert.Single(await engine.Engine.FetchAndLockAsync(Fetch("w1"), default));
        var again = await engine.Engine.FetchAndLockAsync(Fetch("w2"), default);
        await engine.Engine.CompleteExternalTaskAsync(locked.Task.Id, "w1", new Dictionary<string, object?> { ["messageId"] = "sg-1" }, null, default);

        Assert.Equal("ana@example.com", locked.Variables["email"].Value);
        Assert.Equal("INV-1", locked.Task.BusinessKey);
        Assert.Empty(again);
        Assert.Equal(["wait"], await engine.WaitingAsync(instance.Id));
        Assert.Equal("sg-1", (await engine.VariablesAsync(instance.Id))["messageId"].Value);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Complete_LockExpiredAndTakenByAnother_IsRefusedAndNotApplied(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, SendEmail);
        var instance = await engine.StartAsync("mail");
        var first = Assert.Single(await engine.Engine.FetchAndLockAsync(Fetch("slow"), default));
        engine.Clock.Advance(TimeSpan.FromMinutes(6));
        var second = Assert.Single(await engine.Engine.FetchAndLockAsync(Fetch("fast"), default));

        var error = await Assert.ThrowsAsync<ExternalTaskLockException>(() =>
            engine.Engine.CompleteExternalTaskAsync(first.Task.Id, "slow", new Dictionary<string, object?> { ["late"] = true }, null, default));

        Assert.Equal(first.Task.Id, second.Task.Id);
        Assert.Equal("external-task.lock-lost", error.Code);
        Assert.Equal(["send"], await engine.WaitingAsync(instance.Id));
        Assert.False((await engine.VariablesAsync(instance.Id)).ContainsKey("late"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task BpmnError_CaughtByBoundary_TakesAlternatePath(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, SendEmail);
        var instance = await engine.StartAsync("mail");
        var task = Assert.Single(await engine.Engine.FetchAndLockAsync(Fetch("w1"), default));

        await engine.Engine.ThrowBpmnErrorAsync(task.Task.Id, "w1", "BOUNCED", "mailbox full", null, default);

        Assert.Equal(["alternate"], await engine.WaitingAsync(instance.Id));
        Assert.Empty(await engine.Queries.ListExternalTasksAsync(new(), default));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Failure_RetriesLeft_FetchableAfterTimeoutThenIncidentAtZeroAndRetryResumes(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, SendEmail);
        var instance = await engine.StartAsync("mail");
        var task = Assert.Single(await engine.Engine.FetchAndLockAsync(Fetch("w1"), default));

        await engine.Engine.FailExternalTaskAsync(task.Task.Id, "w1", "SMTP down", "stack", 1, TimeSpan.FromMinutes(10), default);
        var beforeTimeout = await engine.Engine.FetchAndLockAsync(Fetch("w1"), default);
        engine.Clock.Advance(TimeSpan.FromMinutes(10));
        var retried = Assert.Single(await engine.Engine.FetchAndLockAsync(Fetch("w1"), default));
        await engine.Engine.FailExternalTaskAsync(retried.Task.Id, "w1", "SMTP still down", null, 0, TimeSpan.Zero, default);
        var incident = Assert.Single(await engine.IncidentsAsync(instance.Id));
        var whileIncident = await engine.Engine.FetchAndLockAsync(Fetch("w1"), default);
        await engine.Engine.RetryIncidentAsync(incident.Id, 2, default);
        var afterRetry = Assert.Single(await engine.Engine.FetchAndLockAsync(Fetch("w1"), default));

        Assert.Empty(beforeTimeout);
        Assert.Equal(IncidentTypes.FailedExternalTask, incident.Type);
        Assert.Contains("SMTP still down", incident.Message);
        Assert.Empty(whileIncident);
        Assert.Equal(2, afterRetry.Task.Retries);
        Assert.Empty(await engine.IncidentsAsync(instance.Id));
    }
}
