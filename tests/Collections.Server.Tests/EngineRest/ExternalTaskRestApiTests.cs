using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collections.Server.Tests.Infrastructure;

namespace Collections.Server.Tests.EngineRest;

/// <summary>The Camunda 7 external-task REST contract under /engine-rest (issue 4, item 3).</summary>
public sealed class ExternalTaskRestApiTests(CollectionsServerFactory factory) : IClassFixture<CollectionsServerFactory>
{
    private const string ExternalTaskProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://collections.dev/test">
          <bpmn:process id="rest-send-email" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="sendEmail" />
            <bpmn:serviceTask id="sendEmail" camunda:type="external" camunda:topic="rest-send-email" />
            <bpmn:sequenceFlow id="f2" sourceRef="sendEmail" targetRef="review" />
            <bpmn:userTask id="review" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task FetchAndLock_NoKey_Returns401()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock", new { workerId = "w", maxTasks = 1, topics = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task FetchAndLock_BasicAuthWithKeyAsPassword_ReturnsEmptyArray()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("any-user:" + TestApiKeys.Worker)));

        using var response = await client.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock", new
        {
            workerId = "worker-1", maxTasks = 5, usePriority = true,
            topics = new[] { new { topicName = "nobody-publishes-this", lockDuration = 10_000 } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Complete_UnknownTask_Returns404InCamundaErrorJson()
    {
        using var client = factory.CreateAdminClient();

        using var response = await client.PostAsJsonAsync($"/engine-rest/external-task/{Guid.NewGuid()}/complete", new { workerId = "worker-1" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("InvalidRequestException", body.RootElement.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task FetchAndLock_MissingWorkerId_Returns400InCamundaErrorJson()
    {
        using var client = factory.CreateAdminClient();

        using var response = await client.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock", new { maxTasks = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("InvalidRequestException", body.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Count_NoTasksOfTopic_ReturnsZero()
    {
        using var client = factory.CreateAdminClient();

        var count = await client.GetFromJsonAsync<JsonElement>("/engine-rest/external-task/count?topicName=nothing-here");

        Assert.Equal(0, count.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Complete_AfterLockWasTakenByAnotherWorker_Returns400AndResultIsNotApplied()
    {
        using var client = factory.CreateAdminClient();
        await DeployAsync(client, ExternalTaskProcess, "rest-send-email.bpmn");
        using var started = await client.PostAsJsonAsync("/api/v1/process-instances", new { processKey = "rest-send-email" });
        started.EnsureSuccessStatusCode();
        var first = await FetchAsync(client, "worker-1", lockMs: 1);
        var task = Assert.Single(first.EnumerateArray());
        var id = task.GetProperty("id").GetString();
        // worker-1's 1 ms lock is over; worker-2 takes the task.
        var second = await FetchAsync(client, "worker-2", lockMs: 60_000);
        for (var attempt = 0; second.GetArrayLength() == 0 && attempt < 100; attempt++) second = await FetchAsync(client, "worker-2", lockMs: 60_000);

        using var late = await client.PostAsJsonAsync($"/engine-rest/external-task/{id}/complete", new
        {
            workerId = "worker-1", variables = new { sent = new { value = true, type = "Boolean" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        using var error = JsonDocument.Parse(await late.Content.ReadAsStringAsync());
        Assert.Equal("BadUserRequestException", error.RootElement.GetProperty("type").GetString());
        var stillThere = await client.GetFromJsonAsync<JsonElement>($"/engine-rest/external-task/{id}");
        Assert.Equal("worker-2", stillThere.GetProperty("workerId").GetString());
    }

    [Fact]
    public async Task FetchAndLock_LongPollWhileATaskIsCreated_ReturnsThatTask()
    {
        using var client = factory.CreateAdminClient();
        await DeployAsync(client, ExternalTaskProcess.Replace("rest-send-email", "rest-long-poll", StringComparison.Ordinal), "rest-long-poll.bpmn");
        var fetch = client.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock", new
        {
            workerId = "long-poller", maxTasks = 1, asyncResponseTimeout = 60_000,
            topics = new[] { new { topicName = "rest-long-poll", lockDuration = 60_000 } },
        });

        using var started = await client.PostAsJsonAsync("/api/v1/process-instances", new { processKey = "rest-long-poll", businessKey = "INV-LP" });
        using var response = await fetch;

        started.EnsureSuccessStatusCode();
        var tasks = await response.Content.ReadFromJsonAsync<JsonElement>();
        var task = Assert.Single(tasks.EnumerateArray());
        Assert.Equal("INV-LP", task.GetProperty("businessKey").GetString());
        Assert.Equal("long-poller", task.GetProperty("workerId").GetString());
    }

    private static async Task<JsonElement> FetchAsync(HttpClient client, string workerId, long lockMs)
    {
        using var response = await client.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock", new
        {
            workerId, maxTasks = 1, topics = new[] { new { topicName = "rest-send-email", lockDuration = lockMs } },
        });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task DeployAsync(HttpClient client, string xml, string name)
    {
        using var content = new StringContent(xml, Encoding.UTF8, "application/xml");
        using var response = await client.PostAsync($"/api/v1/deployments?name={name}", content);
        response.EnsureSuccessStatusCode();
    }
}
