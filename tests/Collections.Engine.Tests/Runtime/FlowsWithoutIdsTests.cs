using Collections.Engine.Api;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

public sealed class FlowsWithoutIdsTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Start_FlowsWithoutIds_RunsThroughGatewayToEnd(string database)
    {
        var xml = Process("noFlowIds", """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow sourceRef="start" targetRef="gw" />
            <bpmn:exclusiveGateway id="gw" />
            <bpmn:sequenceFlow sourceRef="gw" targetRef="end" />
            <bpmn:endEvent id="end" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);

        var instance = await engine.StartAsync("noFlowIds");

        Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
        Assert.Equal(["end", "gw", "start"], (await engine.CompletedActivitiesAsync(instance.Id)).Order());
    }
}
