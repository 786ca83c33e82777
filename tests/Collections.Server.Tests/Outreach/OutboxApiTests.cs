using System.Net;
using Collections.Domain.Outreach.Policy;
using Collections.Server.Tests.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Outreach;

/// <summary>The staff outbox (issue 6 §2): what the embedded default wrote, listed, read with its HTML, downloaded; and a case's messages.</summary>
public sealed class OutboxApiTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Outbox_AfterFriendlyReminder_ListsReadsAndDownloadsTheMessage(string database)
    {
        // Two messages to page through: one per invoice, so this debtor's reminders are not gathered into one statement.
        await using var server = await OutreachServer.StartAsync(database,
            s => s.Configure<ContactPolicyOptions>(o => { foreach (var profile in o.Profiles.Values) profile.ConsolidateStatements = false; }),
            OutreachServer.Playbook("overdue-invoice.bpmn"));
        using var integrator = server.Factory.CreateClient();
        await integrator.RegisterDebtorIfMissingAsync();
        var @case = await OutreachServer.OpenCaseAsync(integrator, "D-1", "F-OUT-1");
        var other = await OutreachServer.OpenCaseAsync(integrator, "D-1", "F-OUT-2");
        await server.Factory.AdvanceAsync(TimeSpan.FromHours(6));
        await server.RunWorkersAsync();
        var caseId = @case.GetProperty("id").GetGuid();
        using var staff = await server.StaffClientAsync();

        var all = await staff.GetJsonAsync("/api/v1/staff/outbox?limit=1");
        var mine = await staff.GetJsonAsync($"/api/v1/staff/outbox?caseId={caseId}");
        var item = Assert.Single(mine.GetProperty("items").EnumerateArray());
        var id = item.GetProperty("id").GetString()!;
        var message = await staff.GetJsonAsync($"/api/v1/staff/outbox/{id}");
        using var raw = await staff.GetAsync($"/api/v1/staff/outbox/{id}/raw");
        var messages = await staff.GetJsonAsync($"/api/v1/staff/cases/{caseId}/messages");

        Assert.Single(all.GetProperty("items").EnumerateArray());
        var second = await staff.GetJsonAsync($"/api/v1/staff/outbox?limit=1&cursor={all.GetProperty("nextCursor").GetString()}");
        Assert.NotEqual(all.GetProperty("items")[0].GetProperty("id").GetString(), second.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(JsonNull, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal("email", item.GetProperty("channel").GetString());
        Assert.Equal("pagos@ferreteria.mx", item.GetProperty("to").GetString());
        Assert.Contains("F-OUT-1", item.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("F-OUT-1", message.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("<li>Factura: F-OUT-1</li>", message.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains(message.GetProperty("headers").EnumerateArray(), h => h.GetProperty("name").GetString() == "Subject"
            && h.GetProperty("value").GetString()!.StartsWith("Recordatorio amable", StringComparison.Ordinal));
        Assert.Equal("message/rfc822", raw.Content.Headers.ContentType?.MediaType);
        Assert.Contains("multipart/alternative", await raw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sent = Assert.Single(messages.EnumerateArray());
        Assert.Equal(id, sent.GetProperty("outboxId").GetString());
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Equal("friendly-reminder", sent.GetProperty("templateKey").GetString());
        Assert.NotEqual(caseId, other.GetProperty("id").GetGuid());
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;

    [Theory, SqliteData]
    public async Task Outbox_WithoutStaffRoleOrBadId_RefusedWithProblems(string database)
    {
        await using var server = await OutreachServer.StartAsync(database);
        using var integrator = server.Factory.CreateClient();
        using var anonymous = server.Factory.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;
        using var staff = await server.StaffClientAsync();

        using var byKey = await integrator.GetAsync("/api/v1/staff/outbox");
        using var nobody = await anonymous.GetAsync("/api/v1/staff/outbox");
        using var traversal = await staff.GetAsync("/api/v1/staff/outbox/..%2Fcollections.db");
        using var missing = await staff.GetAsync("/api/v1/staff/outbox/20260302T090000Z-0123456789abcdef0123456789abcdef.eml");
        using var badCursor = await staff.GetAsync("/api/v1/staff/outbox?cursor=!!");
        using var noCase = await staff.GetAsync($"/api/v1/staff/cases/{Guid.NewGuid()}/messages");

        Assert.Equal(HttpStatusCode.Forbidden, byKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        await traversal.ReadAsync(HttpStatusCode.NotFound);
        await missing.ReadAsync(HttpStatusCode.NotFound);
        Assert.Equal("cursor", (await badCursor.ReadAsync(HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        await noCase.ReadAsync(HttpStatusCode.NotFound);
    }
}
