using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.E2E.Tests.Infrastructure;

namespace Collections.E2E.Tests;

/// <summary>The API rules behind the UI, over HTTP on the same servers as the browser tests.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffApiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task EngineApi_Anonymous_IsUnauthorized(string provider)
    {
        var server = await browser.ServerAsync(provider);
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };

        using var definitions = await anonymous.GetAsync("/api/v1/process-definitions");
        using var me = await anonymous.GetAsync("/api/v1/me");
        using var page = await anonymous.GetAsync("/inbox");

        Assert.Equal(HttpStatusCode.Unauthorized, definitions.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<div id=\"app\">", await page.Content.ReadAsStringAsync());
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task CompleteMyTask_ValueBelowFormMinimum_IsRefusedByServer(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var businessKey = $"INV-{Guid.NewGuid().ToString("N")[..8]}";
        using (var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password))
        {
            using var started = await admin.PostJsonAsync("/api/v1/process-instances", new { processKey = E2EBpmn.ProcessKey, businessKey });
            started.EnsureSuccessStatusCode();
        }

        using var collector = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Collector, StaffAccounts.Password);
        var tasks = await (await collector.GetAsync("/api/v1/inbox")).Content.ReadFromJsonAsync<JsonElement>();
        var taskId = tasks.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("businessKey").GetString() == businessKey).GetProperty("taskId").GetString();
        using var claimed = await collector.PostJsonAsync($"/api/v1/inbox/{taskId}/claim", new { });
        claimed.EnsureSuccessStatusCode();

        using var refused = await collector.PostJsonAsync($"/api/v1/inbox/{taskId}/complete",
            new { variables = new { outcome = "promise", promisedAmount = 0 } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("promisedAmount", await refused.Content.ReadAsStringAsync());
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task DelegateTask_CollectorOrManager_OnlyManagerMayDelegate(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var businessKey = $"INV-{Guid.NewGuid().ToString("N")[..8]}";
        using var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password);
        using (var started = await admin.PostJsonAsync("/api/v1/process-instances", new { processKey = E2EBpmn.ProcessKey, businessKey }))
        {
            started.EnsureSuccessStatusCode();
        }

        using var collector = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Collector, StaffAccounts.Password);
        var tasks = await (await collector.GetAsync("/api/v1/inbox")).Content.ReadFromJsonAsync<JsonElement>();
        var taskId = tasks.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("businessKey").GetString() == businessKey).GetProperty("taskId").GetString();

        // Handing the task to someone else is delegation, which a collector may not do (taking it for oneself is a claim).
        using var byCollector = await collector.PostJsonAsync($"/api/v1/inbox/{taskId}/delegate", new { userId = StaffAccounts.Admin });
        using var byAdmin = await admin.PostJsonAsync($"/api/v1/inbox/{taskId}/delegate", new { userId = StaffAccounts.Collector });

        Assert.Equal(HttpStatusCode.Forbidden, byCollector.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byAdmin.StatusCode);
        var mine = await (await collector.GetAsync("/api/v1/inbox?filter=mine")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), t => t.GetProperty("businessKey").GetString() == businessKey);
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task EngineApi_ApiKeys_AdminScopeWorksWithoutAntiforgeryWorkerScopeIsForbidden(string provider)
    {
        var server = await browser.ServerAsync(provider);
        using var integrator = new HttpClient { BaseAddress = server.BaseAddress };
        integrator.DefaultRequestHeaders.Authorization = new("Bearer", StaffAccounts.AdminApiKey);
        using var worker = new HttpClient { BaseAddress = server.BaseAddress };
        worker.DefaultRequestHeaders.Authorization = new("Bearer", StaffAccounts.WorkerApiKey);

        using var started = await integrator.PostAsJsonAsync("/api/v1/process-instances", new { processKey = E2EBpmn.ProcessKey, businessKey = "INV-KEY" });
        using var byWorker = await worker.GetAsync("/api/v1/process-definitions");

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byWorker.StatusCode);
    }
}
