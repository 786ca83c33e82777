using System.Net;
using System.Net.Http.Json;
using Collections.Engine.Api;

namespace Collections.Server.Tests.Domain;

/// <summary>The domain against the real playbook (workflows/overdue-invoice.bpmn): its messages and variables fit.</summary>
public sealed class PlaybookIntegrationTests
{
    private static string Playbook(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Collections.sln"))) folder = folder.Parent;
        return File.ReadAllText(Path.Combine(folder!.FullName, "workflows", name));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Playbook_PartialThenFullPayment_ProcessEndsAndCaseCloses(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Playbook("overdue-invoice.bpmn"));
        using var client = factory.CreateClient();
        var @case = (await client.OpenCaseAsync("F-PB-1", 1000m)).GetProperty("case");
        var instanceId = @case.GetProperty("processInstanceId").GetGuid();
        var invoiceId = @case.GetProperty("invoiceId").GetGuid();
        await factory.RunDueAsync();

        await (await client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 300m, currency = "MXN", reference = "A" })).ReadAsync(HttpStatusCode.Created);
        var balanceInProcess = (await factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None))["balance"].Value;
        await (await client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 700m, currency = "MXN", reference = "B" })).ReadAsync(HttpStatusCode.Created);
        await factory.RunDueAsync();

        Assert.Equal(700m, Convert.ToDecimal(balanceInProcess, System.Globalization.CultureInfo.InvariantCulture));
        var detail = await client.GetJsonAsync($"/api/v1/cases/{@case.GetProperty("id").GetGuid()}");
        Assert.Equal("paid", detail.GetProperty("case").GetProperty("outcome").GetString());
        var instance = await factory.Queries.GetInstanceAsync(instanceId, CancellationToken.None);
        Assert.True(instance!.Status != ProcessInstanceStatus.Active || instance.WaitingActivityIds.All(a => a.Contains("receipt", StringComparison.OrdinalIgnoreCase) || a.Contains("restore", StringComparison.OrdinalIgnoreCase)),
            "waiting at " + string.Join(",", instance.WaitingActivityIds));
        Assert.DoesNotContain(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "process.message-not-waiting");
    }

    [Theory, SqliteData, PostgresData]
    public async Task Playbook_DisputeOpened_StagesStopUntilResolved(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Playbook("overdue-invoice.bpmn"));
        using var client = factory.CreateClient();
        var @case = (await client.OpenCaseAsync("F-PB-2", 1000m)).GetProperty("case");
        var caseId = @case.GetProperty("id").GetGuid();
        await factory.RunDueAsync();

        var dispute = await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/disputes", new { reason = "missing-purchase-order" })).ReadAsync(HttpStatusCode.Created);
        var during = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/disputes/{dispute.GetProperty("id").GetGuid()}/resolve", new { outcome = "resume" })).ReadAsync(HttpStatusCode.OK);
        var after = await client.GetJsonAsync($"/api/v1/cases/{caseId}");

        Assert.DoesNotContain(during.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "process.message-not-waiting");
        Assert.DoesNotContain(after.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "process.message-not-waiting");
        Assert.NotEqual(during.GetProperty("case").GetProperty("stage").GetString(), after.GetProperty("case").GetProperty("stage").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Playbook_PartialPromiseKept_NoEscalationAndCollectionGoesOn(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Playbook("overdue-invoice.bpmn"));
        using var client = factory.CreateClient();
        var @case = (await client.OpenCaseAsync("F-PB-3", 1000m)).GetProperty("case");
        var caseId = @case.GetProperty("id").GetGuid();
        var instanceId = @case.GetProperty("processInstanceId").GetGuid();
        var today = DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime);
        await factory.RunDueAsync();

        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/promises", new { amount = 400m, currency = "MXN", promiseDate = today.AddDays(3) })).ReadAsync(HttpStatusCode.Created);
        await factory.AdvanceAsync(TimeSpan.FromDays(1));
        await (await client.PostAsJsonAsync($"/api/v1/invoices/{@case.GetProperty("invoiceId").GetGuid()}/payments", new { amount = 400m, currency = "MXN", reference = "P-PB-3" })).ReadAsync(HttpStatusCode.Created);
        await factory.AdvanceAsync(TimeSpan.FromDays(8)); // past the promised date and its grace days

        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal("kept", detail.GetProperty("promises")[0].GetProperty("status").GetString());
        Assert.Equal("open", detail.GetProperty("case").GetProperty("status").GetString());
        var history = (await factory.Queries.ListActivityHistoryAsync(instanceId, CancellationToken.None)).Select(h => h.ActivityId).ToList();
        Assert.Contains("gw_promise_kept", history);
        Assert.DoesNotContain("send_broken_promise", history);
        Assert.DoesNotContain("end_promise_kept", history);
        var instance = await factory.Queries.GetInstanceAsync(instanceId, CancellationToken.None);
        Assert.Equal(ProcessInstanceStatus.Active, instance!.Status);
    }
}
