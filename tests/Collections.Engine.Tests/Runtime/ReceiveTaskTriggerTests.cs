using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

/// <summary>A receive task without a message waits until triggered through the engine API (Camunda 7's signal).</summary>
public sealed class ReceiveTaskTriggerTests
{
    private static readonly string WaitForTrigger = Process("hold", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "awaitGoAhead")}
        <bpmn:receiveTask id="awaitGoAhead" />
        {Flow("f1", "awaitGoAhead", "review")}
        <bpmn:userTask id="review" />
        {Flow("f2", "review", "end")}
        <bpmn:endEvent id="end" />
        """);

    private static readonly string TwoWaitingTokens = Process("twice", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "fork")}
        <bpmn:parallelGateway id="fork" />
        {Flow("fa", "fork", "awaitGoAhead")}
        {Flow("fb", "fork", "awaitGoAhead")}
        <bpmn:receiveTask id="awaitGoAhead" />
        {Flow("f1", "awaitGoAhead", "end")}
        <bpmn:endEvent id="end" />
        """);

    [Theory, SqliteData, PostgresData]
    public async Task Start_ReceiveTaskWithoutMessage_WaitsThere(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, WaitForTrigger);

        var started = await engine.StartAsync("hold");

        Assert.Equal(["awaitGoAhead"], await engine.WaitingAsync(started.Id));
        Assert.Equal(ProcessInstanceStatus.Active, (await engine.InstanceAsync(started.Id)).Status);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Trigger_WaitingReceiveTask_ContinuesAndSetsVariables(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, WaitForTrigger);
        var started = await engine.StartAsync("hold");

        await engine.Engine.TriggerAsync(started.Id, "awaitGoAhead", new Dictionary<string, object?> { ["approvedBy"] = "finance" }, default);

        Assert.Equal(["review"], await engine.WaitingAsync(started.Id));
        Assert.Equal("finance", (await engine.VariablesAsync(started.Id))["approvedBy"].Value);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Trigger_ActivityWithoutWaitingToken_FailsNotWaitingAndChangesNothing(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, WaitForTrigger);
        var started = await engine.StartAsync("hold");
        await engine.Engine.TriggerAsync(started.Id, "awaitGoAhead", null, default);

        var again = await Assert.ThrowsAsync<TriggerException>(() => engine.Engine.TriggerAsync(started.Id, "awaitGoAhead", null, default));
        var userTask = await Assert.ThrowsAsync<TriggerException>(() => engine.Engine.TriggerAsync(started.Id, "review", null, default));
        var unknown = await Assert.ThrowsAsync<TriggerException>(() => engine.Engine.TriggerAsync(started.Id, "noSuchActivity", null, default));

        Assert.All([again, userTask, unknown], e => Assert.Equal("execution.not-waiting", e.Code));
        Assert.Contains("review", userTask.Message);
        Assert.Equal(["review"], await engine.WaitingAsync(started.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Trigger_UnknownInstance_FailsNotFound(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, WaitForTrigger);

        await Assert.ThrowsAsync<NotFoundException>(() => engine.Engine.TriggerAsync(Guid.NewGuid(), "awaitGoAhead", null, default));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Trigger_TwoTokensWaitAtActivity_FailsAmbiguousAndMovesNeither(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, TwoWaitingTokens);
        var started = await engine.StartAsync("twice");

        var error = await Assert.ThrowsAsync<TriggerException>(() => engine.Engine.TriggerAsync(started.Id, "awaitGoAhead", null, default));

        Assert.Equal("execution.ambiguous", error.Code);
        Assert.Equal(2, error.Waiting);
        Assert.Equal(ProcessInstanceStatus.Active, (await engine.InstanceAsync(started.Id)).Status);
    }
}
