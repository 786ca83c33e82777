using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collections.E2E.Tests.Infrastructure;

namespace Collections.E2E.Tests;

/// <summary>The rules of the migration API and the test clock behind the versioning pages, over HTTP on the browser tests' servers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MigrationApiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task MigrationApi_Collector_IsForbidden(string provider)
    {
        var server = await browser.ServerAsync(provider);
        using var collector = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Collector, StaffAccounts.Password);

        using var versions = await collector.GetAsync($"/api/v1/processes/{E2EDunningBpmn.Key}/versions");
        using var preview = await collector.PostJsonAsync("/api/v1/migrations/preview", new { sourceDefinitionId = Guid.NewGuid(), targetDefinitionId = Guid.NewGuid() });
        using var start = await collector.PostJsonAsync("/api/v1/migrations", new { sourceDefinitionId = Guid.NewGuid(), targetDefinitionId = Guid.NewGuid() });

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { versions.StatusCode, preview.StatusCode, start.StatusCode });
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task MigrationApi_BadInput_AnswersProblemNamingTheFieldAndWritesNothing(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var key = $"e2e-api-{Guid.NewGuid().ToString("N")[..8]}";
        using var owner = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.ProcessOwner, StaffAccounts.Password);
        var v1 = await DeployAsync(owner, key, E2EDunningBpmn.Original(key));
        var v2 = await DeployAsync(owner, key, E2EDunningBpmn.Reordered(key));

        var noSource = await ProblemAsync(await owner.PostJsonAsync("/api/v1/migrations/preview", new { targetDefinitionId = v2 }));
        var noTarget = await ProblemAsync(await owner.PostJsonAsync("/api/v1/migrations/plan",
            new { sourceDefinitionId = v1, targetDefinitionId = v2, manualInstructions = new[] { new { sourceActivityId = "JuniorCall" } } }));
        var unknownInstance = await ProblemAsync(await owner.PostJsonAsync("/api/v1/migrations/preview",
            new { sourceDefinitionId = v1, targetDefinitionId = v2, processInstanceIds = new[] { Guid.NewGuid() } }));
        var incompatible = await ProblemAsync(await owner.PostJsonAsync("/api/v1/migrations",
            new { sourceDefinitionId = v1, targetDefinitionId = v2, manualInstructions = new[] { new { sourceActivityId = "JuniorCall", targetActivityId = "WaitJunior" } } }));
        var noInstances = await ProblemAsync(await owner.PostJsonAsync("/api/v1/migrations", new { sourceDefinitionId = v1, targetDefinitionId = v2 }));
        using var unknownVersion = await owner.PostJsonAsync("/api/v1/migrations/preview", new { sourceDefinitionId = Guid.NewGuid(), targetDefinitionId = v2 });
        using var unknownProcess = await owner.GetAsync("/api/v1/processes/no-such-process/versions");
        using var batches = await owner.GetAsync($"/api/v1/migrations?processKey={key}");

        Assert.Equal((400, "sourceDefinitionId"), noSource);
        Assert.Equal((400, "manualInstructions[0].targetActivityId"), noTarget);
        Assert.Equal((400, "processInstanceIds[0]"), unknownInstance);
        Assert.Equal((400, "instructions"), incompatible);
        Assert.Equal((400, "processInstanceIds"), noInstances);
        Assert.Equal(HttpStatusCode.NotFound, unknownVersion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownProcess.StatusCode);
        Assert.Equal(0, (await batches.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task TestClock_NotADuration_IsRefusedNamingTheField(string provider)
    {
        var server = await browser.ServerAsync(provider);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var refused = await ProblemAsync(await http.PostAsync("/api/test/clock/advance", new StringContent("three days", Encoding.UTF8, "text/plain")));

        Assert.Equal((400, "duration"), refused);
    }

    private static async Task<string> DeployAsync(StaffApiClient owner, string key, string xml)
    {
        using var response = await owner.PostXmlAsync($"/api/v1/deployments?name={key}.bpmn", xml);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("definitions")[0].GetProperty("id").GetString()!;
    }

    private static async Task<(int Status, string? Field)> ProblemAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            return ((int)response.StatusCode, problem.TryGetProperty("field", out var field) ? field.GetString() : null);
        }
    }
}
