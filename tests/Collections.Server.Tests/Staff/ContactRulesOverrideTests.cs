using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Tests.Domain;
using static Collections.Server.Tests.Staff.StaffCases;

namespace Collections.Server.Tests.Staff;

/// <summary>
/// Manual calls obey the contact rules too: recording a call outside them needs a reason, which the attempt keeps
/// with the rule and the case timeline shows as a code with arguments.
/// </summary>
public sealed class ContactRulesOverrideTests
{
    [Theory, SqliteData, PostgresData]
    public async Task CompleteCall_At3amLocalWithoutReason_Is400NamingTheRuleAndNothingIsRecorded(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml); // 09:00Z is 03:00 in Mexico City
        using var integrator = factory.CreateClient();
        var @case = (await integrator.OpenCaseAsync("F-OVR-1", 1500m)).GetProperty("case");
        var (caseId, instanceId) = (@case.GetProperty("id").GetGuid(), @case.GetProperty("processInstanceId").GetGuid());
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(Collector);
        await collector.ClaimAsync(task.Id);

        using var completed = await collector.CompleteAsync(task.Id, new { callOutcome = "no-commitment" });

        var problem = await completed.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("contact.outside-rules", problem.GetProperty("code").GetString());
        Assert.Equal("outside-hours", problem.GetProperty("rule").GetString());
        Assert.Equal("MX", problem.GetProperty("profile").GetString());
        Assert.Equal("07:00-22:00", problem.GetProperty("ruleArguments").GetProperty("window").GetString());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 13, 0, 0, TimeSpan.Zero), problem.GetProperty("nextAllowedAt").GetDateTimeOffset());
        Assert.Equal("contactOverrideReason", problem.GetProperty("field").GetString());
        var detail = (await collector.CaseAsync(caseId)).GetProperty("detail");
        Assert.Empty(detail.GetProperty("contactAttempts").EnumerateArray());
        Assert.Equal(task.Id, (await factory.OpenTaskAsync(instanceId, "call_debtor")).Id); // still open
    }

    [Theory, SqliteData, PostgresData]
    public async Task CompleteCall_At3amLocalWithReason_AttemptKeepsRuleAndTimelineShowsIt(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var @case = (await integrator.OpenCaseAsync("F-OVR-2", 1500m)).GetProperty("case");
        var (caseId, instanceId) = (@case.GetProperty("id").GetGuid(), @case.GetProperty("processInstanceId").GetGuid());
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(Collector);
        await collector.ClaimAsync(task.Id);

        using var completed = await collector.CompleteAsync(task.Id, new { callOutcome = "no-commitment", contactOverrideReason = "El deudor pidió que lo llamaran a esta hora" });

        await completed.ReadAsync(HttpStatusCode.NoContent);
        var detail = (await collector.CaseAsync(caseId)).GetProperty("detail");
        var attempt = Assert.Single(detail.GetProperty("contactAttempts").EnumerateArray());
        Assert.Equal("outside-hours", attempt.GetProperty("overrideRule").GetString());
        Assert.Equal("El deudor pidió que lo llamaran a esta hora", attempt.GetProperty("overrideReason").GetString());
        var line = detail.GetProperty("timeline").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "contact.outside-rules");
        Assert.Equal("outside-hours", line.GetProperty("code").GetString());
        var arguments = line.GetProperty("arguments");
        Assert.Equal("07:00-22:00", arguments.GetProperty("window").GetString());
        Assert.Equal(Collector, arguments.GetProperty("by").GetString());
        Assert.Equal("El deudor pidió que lo llamaran a esta hora", arguments.GetProperty("reason").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task CompleteCall_SecondCallAfterConversationWithinSevenDays_NeedsReason(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var @case = (await integrator.OpenCaseAsync("F-OVR-3", 1500m)).GetProperty("case");
        var (caseId, instanceId) = (@case.GetProperty("id").GetGuid(), @case.GetProperty("processInstanceId").GetGuid());
        await factory.AdvanceAsync(TimeSpan.FromHours(6)); // 09:00 in Mexico City
        using var collector = await factory.SignInAsync(Collector);
        foreach (var hoursAgo in new[] { 48, 24 }) // a conversation two days ago, then one more call (the Mexican profile allows one)
        {
            using var recorded = await collector.PostAsJsonAsync($"/api/v1/staff/cases/{caseId}/contact-attempts",
                new { channel = "phone", outcome = hoursAgo == 48 ? "reached" : "not-reached", at = factory.Clock.GetUtcNow().AddHours(-hoursAgo) });
            await recorded.ReadAsync(HttpStatusCode.Created);
        }

        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        await collector.ClaimAsync(task.Id);

        using var completed = await collector.CompleteAsync(task.Id, new { callOutcome = "not-reached" });

        var problem = await completed.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("call-after-conversation", problem.GetProperty("rule").GetString());
        Assert.Equal(factory.Clock.GetUtcNow().AddHours(-48).AddDays(7), problem.GetProperty("nextAllowedAt").GetDateTimeOffset());
    }
}
