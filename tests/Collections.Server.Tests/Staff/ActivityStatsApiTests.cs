using System.Net;
using Collections.Engine.Api;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Staff;

/// <summary>The version view's counts: cases waiting and open incidents per activity of one definition (issue 8 item 2).</summary>
public sealed class ActivityStatsApiTests
{
    private const string Process = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="defs-stats" targetNamespace="http://collections.test">
          <bpmn:process id="stats" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="route" />
            <bpmn:exclusiveGateway id="route" default="toCall" />
            <bpmn:sequenceFlow id="toCall" sourceRef="route" targetRef="call" />
            <bpmn:sequenceFlow id="toScore" sourceRef="route" targetRef="score"><bpmn:conditionExpression>${broken}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:userTask id="call" name="Call debtor" camunda:candidateGroups="junior-collectors" />
            <bpmn:scriptTask id="score" scriptFormat="javascript"><bpmn:script>throw new Error('scoring down');</bpmn:script></bpmn:scriptTask>
            <bpmn:sequenceFlow id="f1" sourceRef="call" targetRef="end" />
            <bpmn:sequenceFlow id="f2" sourceRef="score" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Theory, SqliteData, PostgresData]
    public async Task GetActivityStatistics_ProcessOwner_SeesWaitingCasesAndIncidentsPerActivity(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Process);
        foreach (var broken in new[] { false, false, false, true })
        {
            await factory.Engine.StartProcessAsync(new StartProcessRequest("stats", null, new Dictionary<string, object?> { ["broken"] = broken }), CancellationToken.None);
        }

        var definition = (await factory.Queries.ListDefinitionsAsync("stats", true, CancellationToken.None)).Single();
        using var owner = await factory.SignInAsync("owner@collections.test", ["process-owner"], []);

        var stats = await owner.GetJsonAsync($"/api/v1/staff/definitions/{definition.Id}/activity-stats");

        Assert.Equal(
            [("call", 3, 0), ("score", 1, 1)],
            stats.EnumerateArray().Select(s => (s.GetProperty("activityId").GetString(), s.GetProperty("instances").GetInt32(), s.GetProperty("incidents").GetInt32())));
    }

    [Theory, SqliteData, PostgresData]
    public async Task GetActivityStatistics_RolesAndUnknownDefinition_ForbiddenOrNotFound(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Process);
        var definition = (await factory.Queries.ListDefinitionsAsync("stats", true, CancellationToken.None)).Single();
        using var collector = await factory.SignInAsync("carla@collections.test", ["collector"], ["junior-collectors"]);
        using var manager = await factory.SignInAsync("mara@collections.test", ["manager"], []);

        using var byCollector = await collector.GetAsync($"/api/v1/staff/definitions/{definition.Id}/activity-stats");
        using var byManager = await manager.GetAsync($"/api/v1/staff/definitions/{definition.Id}/activity-stats");
        using var unknown = await manager.GetAsync($"/api/v1/staff/definitions/{Guid.NewGuid()}/activity-stats");

        Assert.Equal(HttpStatusCode.Forbidden, byCollector.StatusCode);
        Assert.Equal("[]", await byManager.Content.ReadAsStringAsync());
        await unknown.ReadAsync(HttpStatusCode.NotFound);
    }
}
