using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collections.Server.Tests.Infrastructure;

namespace Collections.Server.Tests.EngineRest;

/// <summary>
/// The real npm package <c>camunda-external-task-client-js</c> against the real server binary (issue 4, "Done when"):
/// fetch, complete with variables, report a failure, throw a BPMN error that a boundary event catches.
/// ./test.sh runs <c>npm ci</c> in ExternalTaskClient/ when node_modules is missing.
/// </summary>
public sealed class CamundaJsClientTests
{
    private static string Process(string id, string topic, string extra = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-{id}" targetNamespace="http://collections.dev/test">
          <bpmn:error id="disputed" errorCode="PAYMENT_DISPUTED" />
          <bpmn:process id="{id}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
            <bpmn:serviceTask id="work" camunda:type="external" camunda:topic="{topic}" />
            <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="afterWork" />
            <bpmn:userTask id="afterWork" />
            {extra}
          </bpmn:process>
        </bpmn:definitions>
        """;

    private const string DisputeBoundary = """
        <bpmn:boundaryEvent id="onDispute" attachedToRef="work"><bpmn:errorEventDefinition errorRef="disputed" /></bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f3" sourceRef="onDispute" targetRef="handleDispute" />
        <bpmn:userTask id="handleDispute" />
        """;

    [Fact]
    [Trait("Category", "ExternalTaskClient")]
    public async Task CamundaJsWorker_FetchCompleteFailAndBpmnError_ProcessesFollowTheirPaths()
    {
        var folder = Path.Combine(ServerProcess.RepositoryRoot, "tests", "Collections.Server.Tests", "ExternalTaskClient");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "camunda-external-task-client-js")),
            $"Run 'npm ci' in {folder} (./test.sh does).");
        var data = Directory.CreateTempSubdirectory("collections-js-client-");
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Collections:Database:Provider"] = "sqlite",
            ["Collections:Database:ConnectionString"] = $"Data Source={Path.Combine(data.FullName, "collections.db")}",
            ["Collections:ApiKeys:0:Name"] = "js-worker",
            ["Collections:ApiKeys:0:Hash"] = TestApiKeys.AdminHash,
            ["Collections:ApiKeys:0:Scopes:0"] = "external-tasks",
            ["Collections:ApiKeys:0:Scopes:1"] = "admin",
        }, CancellationToken.None);
        using var api = new HttpClient { BaseAddress = server.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestApiKeys.Admin);
        await DeployAsync(api, Process("js-complete-process", "js-complete"));
        await DeployAsync(api, Process("js-fail-process", "js-fail"));
        await DeployAsync(api, Process("js-error-process", "js-bpmn-error", DisputeBoundary));
        var completed = await StartAsync(api, "js-complete-process", new { invoice = "INV-7" });
        var failed = await StartAsync(api, "js-fail-process");
        var disputed = await StartAsync(api, "js-error-process");

        var (exitCode, output) = await RunWorkerAsync(folder, new Uri(server.BaseAddress, "/engine-rest").ToString());

        Assert.True(exitCode == 0, $"worker exited {exitCode}:\n{output}\nserver:\n{server.Output}");
        Assert.Contains("\"invoice\":\"INV-7\"", output);
        var variables = await api.GetFromJsonAsync<JsonElement>($"/api/v1/process-instances/{completed}/variables");
        Assert.Equal("hola", variables.GetProperty("greeting").GetProperty("value").GetString());
        Assert.Equal(12.5m, variables.GetProperty("amount").GetProperty("value").GetDecimal());
        Assert.Equal(["afterWork"], await WaitingAsync(api, completed));
        var incidents = await api.GetFromJsonAsync<JsonElement>($"/api/v1/incidents?rootInstanceId={failed}");
        Assert.Contains("SMTP refused", Assert.Single(incidents.EnumerateArray()).GetProperty("message").GetString());
        Assert.Equal(["handleDispute"], await WaitingAsync(api, disputed));
    }

    private static async Task<(int ExitCode, string Output)> RunWorkerAsync(string folder, string engineRestUrl)
    {
        var info = new ProcessStartInfo("node", "worker.mjs")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ENGINE_REST_URL"] = engineRestUrl;
        info.Environment["API_KEY"] = TestApiKeys.Admin;
        using var node = System.Diagnostics.Process.Start(info)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await node.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            return (-1, await stdout + await stderr);
        }

        return (node.ExitCode, await stdout + await stderr);
    }

    private static async Task DeployAsync(HttpClient api, string xml)
    {
        using var content = new StringContent(xml, Encoding.UTF8, "application/xml");
        using var response = await api.PostAsync("/api/v1/deployments?name=js-client.bpmn", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> StartAsync(HttpClient api, string key, object? variables = null)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/process-instances", new { processKey = key, variables });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<List<string>> WaitingAsync(HttpClient api, Guid id)
    {
        var instance = await api.GetFromJsonAsync<JsonElement>($"/api/v1/process-instances/{id}");
        return instance.GetProperty("waitingActivityIds").EnumerateArray().Select(e => e.GetString()!).Order().ToList();
    }
}
