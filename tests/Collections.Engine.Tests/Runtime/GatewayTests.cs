using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

public sealed class GatewayTests
{
    private static readonly string Triage = Process("triage", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "gw")}
        <bpmn:exclusiveGateway id="gw" default="toJunior" />
        {Flow("toSenior", "gw", "seniorCall", "${amount > 10000}")}
        {Flow("toJunior", "gw", "juniorCall")}
        <bpmn:userTask id="seniorCall" />
        <bpmn:userTask id="juniorCall" />
        {Flow("f3", "seniorCall", "end")}
        {Flow("f4", "juniorCall", "end")}
        <bpmn:endEvent id="end" />
        """);

    [Theory, SqliteData, PostgresData]
    public async Task ExclusiveGateway_ConditionHolds_TakesConditionalFlow(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Triage);

        var instance = await engine.StartAsync("triage", new { amount = 12000.50m });

        Assert.Equal(["seniorCall"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ExclusiveGateway_NoConditionHolds_TakesDefaultFlow(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Triage);

        var instance = await engine.StartAsync("triage", new { amount = 500m });

        Assert.Equal(["juniorCall"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ExclusiveGateway_NoMatchAndNoDefault_OpensIncidentThatRetrySolves(string database)
    {
        var xml = Process("strict", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "gw")}
            <bpmn:exclusiveGateway id="gw" />
            {Flow("big", "gw", "seniorCall", "${amount > 10000}")}
            {Flow("small", "gw", "juniorCall", "${amount < 100}")}
            <bpmn:userTask id="seniorCall" />
            <bpmn:userTask id="juniorCall" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);

        var instance = await engine.StartAsync("strict", new { amount = 500m });
        var incident = Assert.Single(await engine.IncidentsAsync(instance.Id));
        await engine.Engine.SetVariablesAsync(instance.Id, new Dictionary<string, object?> { ["amount"] = 50m }, default);
        await engine.Engine.RetryIncidentAsync(incident.Id, 1, default);

        Assert.Equal("gw", incident.ActivityId);
        Assert.Contains("gw", incident.Message);
        Assert.Empty(await engine.IncidentsAsync(instance.Id));
        Assert.Equal(["juniorCall"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ParallelGateway_BothBranchesDone_JoinsOnceAndEnds(string database)
    {
        var xml = Process("parallel", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "fork")}
            <bpmn:parallelGateway id="fork" />
            {Flow("f1", "fork", "email")}
            {Flow("f2", "fork", "call")}
            <bpmn:userTask id="email" />
            <bpmn:userTask id="call" />
            {Flow("f3", "email", "join")}
            {Flow("f4", "call", "join")}
            <bpmn:parallelGateway id="join" />
            {Flow("f5", "join", "review")}
            <bpmn:userTask id="review" />
            {Flow("f6", "review", "end")}
            <bpmn:endEvent id="end" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("parallel");
        Assert.Equal(["call", "email"], await engine.WaitingAsync(instance.Id));

        await engine.CompleteTaskAsync(instance.Id, "email");
        var afterOne = await engine.WaitingAsync(instance.Id);
        await engine.CompleteTaskAsync(instance.Id, "call");

        Assert.Equal(["call", "join"], afterOne);
        Assert.Equal(["review"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task InclusiveGateway_TwoOfThreeConditionsHold_JoinWaitsForBoth(string database)
    {
        var xml = Process("inclusive", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "fork")}
            <bpmn:inclusiveGateway id="fork" />
            {Flow("toEmail", "fork", "email", "${hasEmail}")}
            {Flow("toSms", "fork", "sms", "${hasPhone}")}
            {Flow("toLetter", "fork", "letter", "${!hasEmail and !hasPhone}")}
            <bpmn:userTask id="email" />
            <bpmn:userTask id="sms" />
            <bpmn:userTask id="letter" />
            {Flow("f4", "email", "join")}
            {Flow("f5", "sms", "join")}
            {Flow("f6", "letter", "join")}
            <bpmn:inclusiveGateway id="join" />
            {Flow("f7", "join", "done")}
            <bpmn:userTask id="done" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("inclusive", new { hasEmail = true, hasPhone = true });
        var forked = await engine.WaitingAsync(instance.Id);

        await engine.CompleteTaskAsync(instance.Id, "email");
        var halfway = await engine.WaitingAsync(instance.Id);
        await engine.CompleteTaskAsync(instance.Id, "sms");

        Assert.Equal(["email", "sms"], forked);
        Assert.Equal(["join", "sms"], halfway);
        Assert.Equal(["done"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task EventBasedGateway_MessageBeforeTimer_TakesMessagePathAndDropsTimer(string database)
    {
        var xml = Process("promise", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "wait")}
            <bpmn:eventBasedGateway id="wait" />
            {Flow("f1", "wait", "paid")}
            {Flow("f2", "wait", "deadline")}
            <bpmn:intermediateCatchEvent id="paid"><bpmn:messageEventDefinition messageRef="msgPaid" /></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="deadline"><bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            {Flow("f3", "paid", "thanks")}
            {Flow("f4", "deadline", "escalate")}
            <bpmn:userTask id="thanks" />
            <bpmn:userTask id="escalate" />
            """, """<bpmn:message id="msgPaid" name="payment-received" />""");
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("promise", businessKey: "INV-7");
        Assert.Equal(["wait"], await engine.WaitingAsync(instance.Id));

        await engine.Engine.CorrelateMessageAsync(new("payment-received", BusinessKey: "INV-7"), default);
        await engine.AdvanceAsync(TimeSpan.FromDays(5));

        Assert.Equal(["thanks"], await engine.WaitingAsync(instance.Id));
        Assert.Empty(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));
    }

    [Theory, SqliteData, PostgresData]
    public async Task EventBasedGateway_TimerFirst_TakesTimerPath(string database)
    {
        var xml = Process("promise2", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "wait")}
            <bpmn:eventBasedGateway id="wait" />
            {Flow("f1", "wait", "paid")}
            {Flow("f2", "wait", "deadline")}
            <bpmn:intermediateCatchEvent id="paid"><bpmn:messageEventDefinition messageRef="msgPaid" /></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="deadline"><bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            {Flow("f3", "paid", "thanks")}
            {Flow("f4", "deadline", "escalate")}
            <bpmn:userTask id="thanks" />
            <bpmn:userTask id="escalate" />
            """, """<bpmn:message id="msgPaid" name="payment-received" />""");
        await using var engine = await TestEngine.StartAsync(database, xml);
        var instance = await engine.StartAsync("promise2", businessKey: "INV-8");

        await engine.AdvanceAsync(TimeSpan.FromDays(2));
        var beforeDeadline = await engine.WaitingAsync(instance.Id);
        await engine.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal(["wait"], beforeDeadline);
        Assert.Equal(["escalate"], await engine.WaitingAsync(instance.Id));
        var late = await Assert.ThrowsAsync<Errors.MessageCorrelationException>(
            () => engine.Engine.CorrelateMessageAsync(new("payment-received", BusinessKey: "INV-8"), default));
        Assert.Equal(0, late.Matches);
    }
}
