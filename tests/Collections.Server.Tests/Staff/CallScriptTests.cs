using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Tests.Domain;
using static Collections.Server.Tests.Staff.StaffCases;

namespace Collections.Server.Tests.Staff;

/// <summary>Issue 8 §3: the call script and the contact rules that apply now, in the debtor's time zone.</summary>
public sealed class CallScriptTests
{
    [Theory, SqliteData, PostgresData]
    public async Task GetCallScript_DebtorInMexicoAt3amLocal_NotAllowedNowNextAt7LocalByMexicanProfile(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var instanceId = (await integrator.OpenCaseAsync("F-SCR-1", 1500m)).GetProperty("case").GetProperty("processInstanceId").GetGuid();
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(Collector);

        var script = await collector.GetJsonAsync($"/api/v1/staff/tasks/{task.Id}/call-script");

        var debtor = script.GetProperty("debtor");
        Assert.Equal("Ferretería López SA de CV", debtor.GetProperty("name").GetString());
        Assert.Equal("es", debtor.GetProperty("language").GetString());
        Assert.Equal("America/Mexico_City", debtor.GetProperty("timeZone").GetString());
        Assert.Equal("2026-03-02T03:00:00-06:00", debtor.GetProperty("localNow").GetString());
        Assert.Equal("F-SCR-1", script.GetProperty("invoiceNumber").GetString());
        Assert.Equal(1500m, script.GetProperty("balance").GetDecimal());
        Assert.Equal(10, script.GetProperty("daysOverdue").GetInt32());
        var phone = debtor.GetProperty("contacts").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "phone");
        Assert.Equal("+525512345678", phone.GetProperty("value").GetString());
        Assert.True(phone.GetProperty("usable").GetBoolean());
        var rules = script.GetProperty("rules");
        Assert.False(rules.GetProperty("allowedNow").GetBoolean());
        Assert.Equal("outside-hours", rules.GetProperty("reason").GetString());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 13, 0, 0, TimeSpan.Zero), rules.GetProperty("nextAllowedAt").GetDateTimeOffset());
        Assert.Equal("MX", rules.GetProperty("profile").GetString());
        Assert.Equal("07:00-22:00", rules.GetProperty("ruleArguments").GetProperty("window").GetString());
        Assert.Equal(7, rules.GetProperty("callsLeft").GetInt32());
        Assert.Equal(JsonValueKind.Null, script.GetProperty("openDispute").ValueKind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task GetCallScript_DebtorInTokyo_ShowsTokyoTimeAndAllowsTheCall(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        await integrator.RegisterDebtorAsync("D-JP", "Asia/Tokyo");
        var invoice = await integrator.RegisterInvoiceAsync("F-SCR-2", DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime).AddDays(-10), 900m, "D-JP");
        using var opened = await integrator.PostAsJsonAsync("/api/v1/cases", new { invoiceId = invoice.GetProperty("id").GetGuid() });
        var instanceId = (await opened.ReadAsync(HttpStatusCode.Created)).GetProperty("case").GetProperty("processInstanceId").GetGuid();
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(Collector);

        var script = await collector.GetJsonAsync($"/api/v1/staff/tasks/{task.Id}/call-script");

        Assert.Equal("2026-03-02T18:00:00+09:00", script.GetProperty("debtor").GetProperty("localNow").GetString());
        var rules = script.GetProperty("rules");
        Assert.True(rules.GetProperty("allowedNow").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rules.GetProperty("nextAllowedAt").ValueKind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task GetCallScript_OpenDispute_IsShownAndTheCallIsNotAllowed(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var @case = (await integrator.OpenCaseAsync("F-SCR-3", 1500m)).GetProperty("case");
        using var disputed = await integrator.PostAsJsonAsync($"/api/v1/cases/{@case.GetProperty("id").GetGuid()}/disputes", new { reason = "not-received", notes = "Says the invoice never arrived" });
        await disputed.ReadAsync(HttpStatusCode.Created);
        await factory.AdvanceAsync(TimeSpan.FromHours(6)); // 15:00 UTC, 09:00 in Mexico City: hours alone would allow it
        var task = await factory.OpenTaskAsync(@case.GetProperty("processInstanceId").GetGuid(), "call_debtor");
        using var collector = await factory.SignInAsync(Collector);

        var script = await collector.GetJsonAsync($"/api/v1/staff/tasks/{task.Id}/call-script");

        var dispute = script.GetProperty("openDispute");
        Assert.Equal("not-received", dispute.GetProperty("reason").GetString());
        Assert.Equal("open", dispute.GetProperty("status").GetString());
        var rules = script.GetProperty("rules");
        Assert.False(rules.GetProperty("allowedNow").GetBoolean());
        Assert.Equal("dispute-open", rules.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, rules.GetProperty("nextAllowedAt").ValueKind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task GetCallScript_AfterAttemptsAndAPromise_ListsThemAndCountsCallsLeft(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var @case = (await integrator.OpenCaseAsync("F-SCR-4", 1500m)).GetProperty("case");
        var caseId = @case.GetProperty("id").GetGuid();
        await factory.AdvanceAsync(TimeSpan.FromHours(6));
        using var collector = await factory.SignInAsync(Collector);
        foreach (var hoursAgo in new[] { 30, 5 })
        {
            using var recorded = await collector.PostAsJsonAsync($"/api/v1/staff/cases/{caseId}/contact-attempts",
                new { channel = "phone", outcome = "not-reached", at = factory.Clock.GetUtcNow().AddHours(-hoursAgo) });
            await recorded.ReadAsync(HttpStatusCode.Created);
        }

        using var promised = await collector.PostAsJsonAsync($"/api/v1/staff/cases/{caseId}/promises", new { amount = 500m, currency = "MXN", promiseDate = "2026-03-10" });
        await promised.ReadAsync(HttpStatusCode.Created);
        var task = await factory.OpenTaskAsync(@case.GetProperty("processInstanceId").GetGuid(), "call_debtor");

        var script = await collector.GetJsonAsync($"/api/v1/staff/tasks/{task.Id}/call-script");

        var attempts = script.GetProperty("lastAttempts").EnumerateArray().ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[0].GetProperty("at").GetDateTimeOffset() > attempts[1].GetProperty("at").GetDateTimeOffset());
        Assert.All(attempts, a => Assert.Equal(Collector, a.GetProperty("by").GetString()));
        Assert.Equal(500m, Assert.Single(script.GetProperty("openPromises").EnumerateArray()).GetProperty("amount").GetDecimal());
        var rules = script.GetProperty("rules");
        Assert.True(rules.GetProperty("allowedNow").GetBoolean());
        Assert.Equal(2, rules.GetProperty("callsLast7Days").GetInt32());
        Assert.Equal(5, rules.GetProperty("callsLeft").GetInt32());
    }

    [Theory, SqliteData, PostgresData]
    public async Task GetCallScript_TaskWithoutOutcomeForm_IsNotFound(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var instanceId = (await integrator.OpenCaseAsync("F-SCR-5", 1500m)).GetProperty("case").GetProperty("processInstanceId").GetGuid();
        await factory.AdvanceAsync(TimeSpan.FromHours(6)); // 09:00 in Mexico City: the call is inside the contact rules
        using var collector = await factory.SignInAsync(Collector);
        var call = await factory.OpenTaskAsync(instanceId, "call_debtor");
        await collector.ClaimAsync(call.Id);
        await (await collector.CompleteAsync(call.Id, new { callOutcome = "no-commitment" })).ReadAsync(HttpStatusCode.NoContent);
        var plain = await factory.OpenTaskAsync(instanceId, "call_debtor_again");

        using var response = await collector.GetAsync($"/api/v1/staff/tasks/{plain.Id}/call-script");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
