using System.Text.Json;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Outreach;

/// <summary>
/// A send step held back by the contact rules says so: one <c>contact.deferred</c> line on the case's timeline with the
/// moment it will go in the debtor's local time and the rule, and the case list shows the next planned contact, so a
/// waiting step does not look like a stuck engine.
/// </summary>
public sealed class DeferralTimelineTests
{
    [Theory, SqliteData, PostgresData]
    public async Task CaseOpenedAtNightInMexicoCity_TimelineAndCaseListSayWhenTheEmailGoes(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        var client = server.Factory.CreateClient();
        await OutreachServer.RegisterDebtorAsync(client, "D-NIGHT", "es", "MX", "America/Mexico_City", [new { channel = "email", value = "pagos@noche.example" }]);
        var caseId = (await OutreachServer.OpenCaseAsync(client, "D-NIGHT", "F-NIGHT-1")).GetProperty("id").GetGuid(); // 03:00 in Mexico City

        await server.RunWorkersAsync();
        server.Factory.Clock.Advance(TimeSpan.FromMinutes(30));
        await server.RunWorkersAsync(); // fetched again before the moment: deferred again, to the same moment
        using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);
        var deferrals = await DeferralsAsync(staff, caseId);
        var listed = await ListedAsync(staff, caseId);

        var line = Assert.Single(deferrals);
        var arguments = line.GetProperty("arguments");
        Assert.Equal("email", arguments.GetProperty("channel").GetString());
        Assert.Equal("2026-03-02T07:00:00", arguments.GetProperty("untilLocal").GetString());
        Assert.Equal("America/Mexico_City", arguments.GetProperty("timeZone").GetString());
        Assert.Equal("outside-hours", arguments.GetProperty("rule").GetString());
        Assert.Equal("07:00-22:00", arguments.GetProperty("window").GetString());
        var next = listed.GetProperty("nextContact");
        Assert.Equal("email", next.GetProperty("channel").GetString());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 13, 0, 0, TimeSpan.Zero), next.GetProperty("at").GetDateTimeOffset());
        Assert.Equal("outside-hours", next.GetProperty("rule").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task DeferredEmailSentAtTheMoment_CaseListNoLongerShowsAPlannedContact(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        var client = server.Factory.CreateClient();
        await OutreachServer.RegisterDebtorAsync(client, "D-NIGHT", "es", "MX", "America/Mexico_City", [new { channel = "email", value = "pagos@noche.example" }]);
        var caseId = (await OutreachServer.OpenCaseAsync(client, "D-NIGHT", "F-NIGHT-1")).GetProperty("id").GetGuid();
        await server.RunWorkersAsync();

        await server.Factory.AdvanceAsync(TimeSpan.FromHours(4)); // 07:00 in Mexico City
        await server.RunWorkersAsync();
        using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);
        var listed = await ListedAsync(staff, caseId);

        Assert.Single(Directory.GetFiles(server.EmailOutbox, "*.eml"));
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("nextContact").ValueKind);
        Assert.Single(await DeferralsAsync(staff, caseId));
    }

    private static async Task<List<JsonElement>> DeferralsAsync(HttpClient staff, Guid caseId)
    {
        var detail = await staff.GetJsonAsync($"/api/v1/staff/cases/{caseId}");
        return [.. detail.GetProperty("detail").GetProperty("timeline").EnumerateArray().Where(t => t.GetProperty("kind").GetString() == "contact.deferred")];
    }

    private static async Task<JsonElement> ListedAsync(HttpClient staff, Guid caseId)
    {
        var page = await staff.GetJsonAsync("/api/v1/staff/cases");
        return Assert.Single(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("case").GetProperty("id").GetGuid() == caseId);
    }
}
