using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collections.Server.Tests.Infrastructure;

namespace Collections.Server.Tests.Executions;

/// <summary><c>POST /api/v1/executions/{id}/trigger</c>: a receive task without a message moves on when triggered.</summary>
public sealed class ExecutionsApiTests(CollectionsServerFactory factory) : IClassFixture<CollectionsServerFactory>
{
    private const string HoldProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://collections.dev/test">
          <bpmn:process id="api-hold" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="awaitGoAhead" />
            <bpmn:receiveTask id="awaitGoAhead" />
            <bpmn:sequenceFlow id="f1" sourceRef="awaitGoAhead" targetRef="review" />
            <bpmn:userTask id="review" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task Trigger_WaitingReceiveTask_MovesOnThenRefusesSecondTriggerAsProblem()
    {
        using var client = factory.CreateClient();
        using var xml = new StringContent(HoldProcess, Encoding.UTF8, "application/xml");
        using var deployed = await client.PostAsync("/api/v1/deployments?name=api-hold.bpmn", xml);
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        using var started = await client.PostAsJsonAsync("/api/v1/process-instances", new { processKey = "api-hold" });
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var body = new { activityId = "awaitGoAhead", variables = new { approvedBy = "finance" } };

        using var triggered = await client.PostAsJsonAsync($"/api/v1/executions/{instanceId}/trigger", body);
        using var again = await client.PostAsJsonAsync($"/api/v1/executions/{instanceId}/trigger", body);

        Assert.Equal(HttpStatusCode.NoContent, triggered.StatusCode);
        var instance = await client.GetFromJsonAsync<JsonElement>($"/api/v1/process-instances/{instanceId}");
        Assert.Equal(new[] { "review" }, instance.GetProperty("waitingActivityIds").EnumerateArray().Select(e => e.GetString()!).ToArray());
        var variables = await client.GetFromJsonAsync<JsonElement>($"/api/v1/process-instances/{instanceId}/variables");
        Assert.Equal("finance", variables.GetProperty("approvedBy").GetProperty("value").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("execution.not-waiting", problem.GetProperty("code").GetString());
        Assert.Equal("awaitGoAhead", problem.GetProperty("activityId").GetString());
    }
}
