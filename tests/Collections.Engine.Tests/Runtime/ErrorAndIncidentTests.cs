using Collections.Engine.Api;
using Collections.Engine.Runtime;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

public sealed class ErrorAndIncidentTests
{
    private const string Errors = """<bpmn:error id="eFraud" errorCode="FRAUD" />""";

    [Theory, SqliteData, PostgresData]
    public async Task ErrorEndEvent_InSubProcess_CaughtByBoundaryOnSubProcess(string database)
    {
        var xml = Process("fraud", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "check")}
            <bpmn:subProcess id="check">
              <bpmn:startEvent id="s2" />
              {Flow("g0", "s2", "gw")}
              <bpmn:exclusiveGateway id="gw" default="ok" />
              {Flow("bad", "gw", "raise", "${suspicious}")}
              {Flow("ok", "gw", "fine")}
              <bpmn:endEvent id="raise"><bpmn:errorEventDefinition errorRef="eFraud" /></bpmn:endEvent>
              <bpmn:endEvent id="fine" />
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="onFraud" attachedToRef="check"><bpmn:errorEventDefinition errorRef="eFraud" camunda:errorCodeVariable="code" /></bpmn:boundaryEvent>
            {Flow("f1", "check", "normal")}
            {Flow("f2", "onFraud", "legal")}
            <bpmn:userTask id="normal" />
            <bpmn:userTask id="legal" />
            """, Errors);
        await using var engine = await TestEngine.StartAsync(database, xml);

        var suspicious = await engine.StartAsync("fraud", new { suspicious = true });
        var fine = await engine.StartAsync("fraud", new { suspicious = false });

        Assert.Equal(["legal"], await engine.WaitingAsync(suspicious.Id));
        Assert.Equal("FRAUD", (await engine.VariablesAsync(suspicious.Id))["code"].Value);
        Assert.Equal(["normal"], await engine.WaitingAsync(fine.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ErrorEndEvent_NothingCatches_OpensIncident(string database)
    {
        var xml = Process("uncaught", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "raise")}
            <bpmn:endEvent id="raise"><bpmn:errorEventDefinition errorRef="eFraud" /></bpmn:endEvent>
            """, Errors);
        await using var engine = await TestEngine.StartAsync(database, xml);

        var instance = await engine.StartAsync("uncaught");

        var incident = Assert.Single(await engine.IncidentsAsync(instance.Id));
        Assert.Equal(IncidentTypes.UnhandledBpmnError, incident.Type);
        Assert.Contains("FRAUD", incident.Message);
        Assert.Equal(ProcessInstanceStatus.Active, (await engine.InstanceAsync(instance.Id)).Status);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ScriptTask_InfiniteLoop_BecomesIncidentAndOtherCasesRun(string database)
    {
        var xml = Process("loop", $$"""
            <bpmn:startEvent id="start" />
            {{Flow("f0", "start", "score")}}
            <bpmn:scriptTask id="score" scriptFormat="javascript"><bpmn:script>while (true) { }</bpmn:script></bpmn:scriptTask>
            {{Flow("f1", "score", "end")}}
            <bpmn:endEvent id="end" />
            """);
        var healthy = Process("healthy", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "score")}
            <bpmn:scriptTask id="score" scriptFormat="javascript" camunda:resultVariable="risk"><bpmn:script>amount > 1000 ? 'high' : 'low'</bpmn:script></bpmn:scriptTask>
            {Flow("f1", "score", "review")}
            <bpmn:userTask id="review" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml, healthy);

        var stuck = await engine.StartAsync("loop");
        var fine = await engine.StartAsync("healthy", new { amount = 5000m });

        var incident = Assert.Single(await engine.IncidentsAsync(stuck.Id));
        Assert.Equal("score", incident.ActivityId);
        Assert.Equal(["score"], await engine.WaitingAsync(stuck.Id));
        Assert.Equal("high", (await engine.VariablesAsync(fine.Id))["risk"].Value);
        Assert.Equal(["review"], await engine.WaitingAsync(fine.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ScriptTask_DeepRecursion_BecomesIncident(string database)
    {
        var xml = Process("recurse", $$"""
            <bpmn:startEvent id="start" />
            {{Flow("f0", "start", "deep")}}
            <bpmn:scriptTask id="deep" scriptFormat="javascript"><bpmn:script>function f(n) { return f(n + 1); } f(0);</bpmn:script></bpmn:scriptTask>
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);

        var instance = await engine.StartAsync("recurse");

        Assert.Equal("deep", Assert.Single(await engine.IncidentsAsync(instance.Id)).ActivityId);
    }

    [Theory, SqliteData, PostgresData]
    public async Task TerminateEndEvent_OtherBranchWaiting_EndsWholeInstance(string database)
    {
        var xml = Process("terminate", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "fork")}
            <bpmn:parallelGateway id="fork" />
            {Flow("f1", "fork", "call")}
            {Flow("f2", "fork", "stop")}
            <bpmn:userTask id="call" />
            <bpmn:endEvent id="stop"><bpmn:terminateEventDefinition /></bpmn:endEvent>
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);

        var instance = await engine.StartAsync("terminate");

        Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.Empty(await engine.TasksAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task InputOutputMapping_LocalInputAndOutputToProcess(string database)
    {
        var xml = Process("io", $$"""
            <bpmn:startEvent id="start" />
            {{Flow("f0", "start", "calc")}}
            <bpmn:scriptTask id="calc" scriptFormat="javascript">
              <bpmn:extensionElements><camunda:inputOutput>
                <camunda:inputParameter name="rate">0.1</camunda:inputParameter>
                <camunda:inputParameter name="channels"><camunda:list><camunda:value>email</camunda:value><camunda:value>${channel}</camunda:value></camunda:list></camunda:inputParameter>
                <camunda:outputParameter name="discount">${amount * 0.1}</camunda:outputParameter>
                <camunda:outputParameter name="channelCount">${channels.length}</camunda:outputParameter>
              </camunda:inputOutput></bpmn:extensionElements>
              <bpmn:script>execution.setVariableLocal('seen', rate)</bpmn:script>
            </bpmn:scriptTask>
            {{Flow("f1", "calc", "review")}}
            <bpmn:userTask id="review" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);

        var instance = await engine.StartAsync("io", new { amount = 200m, channel = "sms" });

        var variables = await engine.VariablesAsync(instance.Id);
        Assert.Equal(20m, Convert.ToDecimal(variables["discount"].Value));
        Assert.Equal(2L, variables["channelCount"].Value);
        Assert.False(variables.ContainsKey("rate"));
        Assert.False(variables.ContainsKey("seen"));
    }
}
