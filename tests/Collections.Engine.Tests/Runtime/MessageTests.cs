using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

public sealed class MessageTests
{
    private const string Messages = """
        <bpmn:message id="mPaid" name="payment-received" />
        <bpmn:message id="mDispute" name="dispute-opened" />
        <bpmn:message id="mOpen" name="open-case" />
        """;

    private static readonly string WaitForPayment = Process("wait", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "awaitPayment")}
        <bpmn:receiveTask id="awaitPayment" messageRef="mPaid" />
        {Flow("f1", "awaitPayment", "end")}
        <bpmn:endEvent id="end" />
        """, Messages);

    [Theory, SqliteData, PostgresData]
    public async Task Correlate_ByBusinessKey_DeliversToThatInstanceWithVariables(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, WaitForPayment);
        var first = await engine.StartAsync("wait", businessKey: "INV-1");
        var second = await engine.StartAsync("wait", businessKey: "INV-2");

        var result = await engine.Engine.CorrelateMessageAsync(
            new("payment-received", BusinessKey: "INV-2", Variables: new Dictionary<string, object?> { ["paidAmount"] = 99.95m }), default);

        Assert.Equal([second.Id], result.CorrelatedInstanceIds);
        Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(second.Id)).Status);
        Assert.Equal(99.95m, (await engine.VariablesAsync(second.Id))["paidAmount"].Value);
        Assert.Equal(["awaitPayment"], await engine.WaitingAsync(first.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Correlate_TwoInstancesMatch_FailsClearlyAndDeliversNothing(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, WaitForPayment);
        var first = await engine.StartAsync("wait", businessKey: "INV-1");
        var second = await engine.StartAsync("wait", businessKey: "INV-1");

        var error = await Assert.ThrowsAsync<MessageCorrelationException>(
            () => engine.Engine.CorrelateMessageAsync(new("payment-received", BusinessKey: "INV-1"), default));

        Assert.Equal(2, error.Matches);
        Assert.Equal("message.ambiguous", error.Code);
        Assert.Equal(["awaitPayment"], await engine.WaitingAsync(first.Id));
        Assert.Equal(["awaitPayment"], await engine.WaitingAsync(second.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Correlate_ByCorrelationKey_PicksInstanceWhoseVariableMatches(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, WaitForPayment);
        await engine.StartAsync("wait", new { invoiceNumber = "F-100" });
        var target = await engine.StartAsync("wait", new { invoiceNumber = "F-200" });

        var result = await engine.Engine.CorrelateMessageAsync(
            new("payment-received", CorrelationKeys: new Dictionary<string, object?> { ["invoiceNumber"] = "F-200" }), default);

        Assert.Equal([target.Id], result.CorrelatedInstanceIds);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Correlate_NoneWaiting_FailsNamingTheMessage(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, WaitForPayment);

        var error = await Assert.ThrowsAsync<MessageCorrelationException>(
            () => engine.Engine.CorrelateMessageAsync(new("payment-received", BusinessKey: "nobody"), default));

        Assert.Equal("message.no-match", error.Code);
        Assert.Contains("payment-received", error.Message);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Correlate_MessageStartEvent_StartsNewInstance(string database)
    {
        var xml = Process("byMessage", $"""
            <bpmn:startEvent id="opened"><bpmn:messageEventDefinition messageRef="mOpen" /></bpmn:startEvent>
            {Flow("f0", "opened", "review")}
            <bpmn:userTask id="review" />
            """, Messages);
        await using var engine = await TestEngine.StartAsync(database, xml);

        var result = await engine.Engine.CorrelateMessageAsync(new("open-case", BusinessKey: "INV-5",
            Variables: new Dictionary<string, object?> { ["amount"] = 10m }), default);

        Assert.True(result.StartedInstance);
        var instance = await engine.InstanceAsync(Assert.Single(result.CorrelatedInstanceIds));
        Assert.Equal("INV-5", instance.BusinessKey);
        Assert.Equal(["review"], instance.WaitingActivityIds);
    }

    [Theory, SqliteData, PostgresData]
    public async Task InterruptingEventSubProcess_MessageArrives_CancelsStagesAndRunsHandler(string database)
    {
        var xml = Process("plan", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "stages")}
            <bpmn:userTask id="stages" />
            <bpmn:subProcess id="onPayment" triggeredByEvent="true">
              <bpmn:startEvent id="paid"><bpmn:messageEventDefinition messageRef="mPaid" /></bpmn:startEvent>
              {Flow("p1", "paid", "receipt")}
              <bpmn:userTask id="receipt" />
            </bpmn:subProcess>
            """, Messages);
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("plan", businessKey: "INV-9");

        await engine.Engine.CorrelateMessageAsync(new("payment-received", BusinessKey: "INV-9"), default);
        await engine.CompleteTaskAsync(instance.Id, "receipt");

        Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.Empty(await engine.TasksAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task NonInterruptingEventSubProcess_TwoDisputes_EachOpensTaskWhileStagesGoOn(string database)
    {
        var xml = Process("disputes", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "stages")}
            <bpmn:userTask id="stages" />
            <bpmn:subProcess id="onDispute" triggeredByEvent="true">
              <bpmn:startEvent id="disputed" isInterrupting="false"><bpmn:messageEventDefinition messageRef="mDispute" /></bpmn:startEvent>
              {Flow("d1", "disputed", "resolve")}
              <bpmn:userTask id="resolve" />
            </bpmn:subProcess>
            """, Messages);
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("disputes", businessKey: "INV-3");

        await engine.Engine.CorrelateMessageAsync(new("dispute-opened", BusinessKey: "INV-3"), default);
        await engine.Engine.CorrelateMessageAsync(new("dispute-opened", BusinessKey: "INV-3"), default);

        Assert.Equal(["resolve", "resolve", "stages"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task InterruptingMessageBoundary_OnSubProcess_CancelsEverythingInside(string database)
    {
        var xml = Process("boundaryMsg", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "collection")}
            <bpmn:subProcess id="collection">
              <bpmn:startEvent id="s2" />
              {Flow("g0", "s2", "fork")}
              <bpmn:parallelGateway id="fork" />
              {Flow("g1", "fork", "call")}
              {Flow("g2", "fork", "wait")}
              <bpmn:userTask id="call" />
              <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>P7D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="paid" attachedToRef="collection"><bpmn:messageEventDefinition messageRef="mPaid" /></bpmn:boundaryEvent>
            {Flow("f1", "paid", "closed")}
            <bpmn:endEvent id="closed" />
            """, Messages);
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("boundaryMsg", businessKey: "INV-4");
        Assert.Equal(["call", "wait"], await engine.WaitingAsync(instance.Id));

        await engine.Engine.CorrelateMessageAsync(new("payment-received", BusinessKey: "INV-4"), default);

        Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.Empty(await engine.TasksAsync(instance.Id));
        Assert.Empty(await engine.Queries.ListJobsAsync(new(), default));
    }
}
