using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Engine.Api;
using Collections.Server.Audit;
using Collections.Server.Security;
using Collections.Server.Tests.Domain;
using Collections.Server.Tests.Publishing;
using Collections.Server.Tests.Staff;

namespace Collections.Server.Tests.Audit;

/// <summary>
/// The audit trail covers every entry point that changes state for a person or an integrator: a publish from the
/// designer (with its change note) and a remote Camunda worker's results over <c>/engine-rest</c>.
/// </summary>
public sealed class PublishAndWorkerAuditTests
{
    private const string WorkerKey = "col_audit-remote-worker";

    private const string ExternalStep = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://collections.test">
          <bpmn:process id="remote-step" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="score" />
            <bpmn:serviceTask id="score" camunda:type="external" camunda:topic="credit-score" />
            <bpmn:sequenceFlow id="f2" sourceRef="score" targetRef="review" />
            <bpmn:userTask id="review" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Theory, SqliteData, PostgresData]
    public async Task PublishFromDesigner_WritesDeployRowWithPublisherAndNote(string database)
    {
        await using var servers = await PublishingServer.CreateAsync(database);
        var server = servers.Start();
        await server.CreateUserAsync(PublishingServer.Owner, ["process-owner"], []);
        using var owner = await server.SignInAsync(PublishingServer.Owner);

        using var published = await owner.PostAsJsonAsync("/api/v1/designer/publish",
            new { name = "overdue-invoice.bpmn", xml = PublishingBpmn.WithTimer("PT2M"), changeNote = "Remind after two minutes" });

        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var row = Assert.Single(await server.AuditRowsAsync(), r => r.Action == AuditActions.DefinitionDeployed);
        Assert.Equal(("resource:overdue-invoice.bpmn", PublishingServer.Owner), (row.Target, row.ActorId));
        using var details = JsonDocument.Parse(row.Details);
        Assert.Equal("Remind after two minutes", details.RootElement.GetProperty("changeNote").GetString());
        Assert.Equal("designer", details.RootElement.GetProperty("source").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task RemoteWorkerCompletesAndFails_WritesARowEachWithTheWorkersKey(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, new Dictionary<string, string?>
        {
            ["Collections:ApiKeys:7:Name"] = "credit-bureau-worker",
            ["Collections:ApiKeys:7:Hash"] = ApiKeyHasher.Hash(WorkerKey),
            ["Collections:ApiKeys:7:Scopes:0"] = "external-tasks",
        }, ExternalStep);
        await factory.Engine.StartProcessAsync(new StartProcessRequest("remote-step", "A-1", null), CancellationToken.None);
        await factory.Engine.StartProcessAsync(new StartProcessRequest("remote-step", "A-2", null), CancellationToken.None);
        using var worker = factory.CreateClient();
        worker.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WorkerKey);
        using var fetched = await worker.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock",
            new { workerId = "bureau-1", maxTasks = 2, topics = new[] { new { topicName = "credit-score", lockDuration = 60_000 } } });
        var ids = (await fetched.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();

        using var completed = await worker.PostAsJsonAsync($"/engine-rest/external-task/{ids[0]}/complete",
            new { workerId = "bureau-1", variables = new { score = new { value = 710, type = "Integer" } } });
        using var failed = await worker.PostAsJsonAsync($"/engine-rest/external-task/{ids[1]}/failure",
            new { workerId = "bureau-1", errorMessage = "bureau offline", retries = 2, retryTimeout = 1000 });

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (completed.StatusCode, failed.StatusCode));
        var rows = await factory.AuditRowsAsync();
        var done = Assert.Single(rows, r => r.Action == AuditActions.ExternalTaskCompleted);
        var fail = Assert.Single(rows, r => r.Action == AuditActions.ExternalTaskFailed);
        Assert.Equal(($"external-task:{ids[0]}", "api-key"), (done.Target, done.ActorKind));
        Assert.Contains("score", done.Details);
        Assert.Contains("bureau offline", fail.Details);
        Assert.Equal(done.ActorId, fail.ActorId);
    }
}
