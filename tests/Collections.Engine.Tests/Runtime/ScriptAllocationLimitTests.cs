using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

/// <summary>A script or condition that asks for a huge block fails that one case with an incident naming the limit.</summary>
public sealed class ScriptAllocationLimitTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ScriptTask_HugeRepeat_BecomesIncidentNamingAllocationLimit(string database)
    {
        var xml = Process("hungry", $$"""
            <bpmn:startEvent id="start" />
            {{Flow("f0", "start", "grab")}}
            <bpmn:scriptTask id="grab" scriptFormat="javascript"><bpmn:script>var s = 'x'.repeat(2**28); s.length</bpmn:script></bpmn:scriptTask>
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);

        var instance = await engine.StartAsync("hungry");

        var incident = Assert.Single(await engine.IncidentsAsync(instance.Id));
        Assert.Equal("grab", incident.ActivityId);
        Assert.Contains("Script exceeded the allocation limit: String.prototype.repeat would allocate 536,870,912 bytes", incident.Message, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Condition_HugeRepeat_BecomesIncidentAtGateway(string database)
    {
        var xml = Process("hungry-condition", $$"""
            <bpmn:startEvent id="start" />
            {{Flow("f0", "start", "gw")}}
            <bpmn:exclusiveGateway id="gw" default="other" />
            <bpmn:sequenceFlow id="big" sourceRef="gw" targetRef="end">
              <bpmn:conditionExpression>${'x'.repeat(268435456).length > 0}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="other" sourceRef="gw" targetRef="end" />
            <bpmn:endEvent id="end" />
            """);
        await using var engine = await TestEngine.StartAsync(database, xml);

        var instance = await engine.StartAsync("hungry-condition");

        var incident = Assert.Single(await engine.IncidentsAsync(instance.Id));
        Assert.Equal("gw", incident.ActivityId);
        Assert.Contains("allocation limit", incident.Message, StringComparison.Ordinal);
    }
}
