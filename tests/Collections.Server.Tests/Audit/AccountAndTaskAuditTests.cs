using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Audit;
using Collections.Server.Tests.Domain;
using Collections.Server.Tests.Staff;
using StaffSession = Collections.Server.Tests.Staff.StaffSession;

namespace Collections.Server.Tests.Audit;

/// <summary>Task actions and account administration leave one audit row each, with the signed-in actor.</summary>
public sealed class AccountAndTaskAuditTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ClaimAndUnclaim_ThroughTheInbox_WritesOneRowEachWithTheCollector(string database)
    {
        await using var factory = await StaffCases.StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var instanceId = (await integrator.OpenCaseAsync("F-AUD-T1", 1000m)).GetProperty("case").GetProperty("processInstanceId").GetGuid();
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(StaffCases.Collector);

        await collector.ClaimAsync(task.Id);
        using var unclaimed = await collector.PostAsJsonAsync($"/api/v1/inbox/{task.Id}/unclaim", new { });

        Assert.Equal(HttpStatusCode.NoContent, unclaimed.StatusCode);
        var rows = await factory.AuditRowsAsync();
        var claimed = Assert.Single(rows, r => r.Action == AuditActions.TaskClaimed);
        Assert.Single(rows, r => r.Action == AuditActions.TaskUnclaimed);
        Assert.Equal((StaffCases.Collector, $"task:{task.Id}"), (claimed.ActorId, claimed.Target));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ClaimForAnotherUser_Refused_WritesNoRow(string database)
    {
        await using var factory = await StaffCases.StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var instanceId = (await integrator.OpenCaseAsync("F-AUD-T2", 1000m)).GetProperty("case").GetProperty("processInstanceId").GetGuid();
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(StaffCases.Collector);

        using var refused = await collector.PostAsJsonAsync($"/api/v1/tasks/{task.Id}/claim", new { userId = StaffCases.ProcessOwner });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain(await factory.AuditRowsAsync(), r => r.Action is AuditActions.TaskClaimed or AuditActions.TaskDelegated);
    }

    [Theory, SqliteData, PostgresData]
    public async Task DisableAndResetPassword_ByAdmin_WritesRowsWithoutThePassword(string database)
    {
        await using var factory = await StaffCases.StartAsync(database, CallTaskBpmn.Xml);
        using var admin = await factory.SignInAsync(StaffSession.Admin);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/users");
        var collectorId = users.EnumerateArray().Single(u => u.GetProperty("email").GetString() == StaffCases.Collector).GetProperty("id").GetString();

        using var disabled = await admin.PostAsJsonAsync($"/api/v1/admin/users/{collectorId}/disable", new { });
        using var reset = await admin.PostAsJsonAsync($"/api/v1/admin/users/{collectorId}/reset-password", new { });

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        var temporary = (await reset.Content.ReadFromJsonAsync<JsonElement>()).EnumerateObject().First().Value.GetString()!;
        var rows = await factory.AuditRowsAsync();
        var disableRow = Assert.Single(rows, r => r.Action == AuditActions.UserDisabled);
        var resetRow = Assert.Single(rows, r => r.Action == AuditActions.UserPasswordReset);
        Assert.Equal((StaffSession.Admin, $"user:{StaffCases.Collector}"), (disableRow.ActorId, disableRow.Target));
        Assert.DoesNotContain(temporary, resetRow.Details ?? string.Empty, StringComparison.Ordinal);
    }
}
