using System.Net;
using System.Text.Json;
using Collections.Server.Audit;
using Collections.Server.Tests.Domain;
using Collections.Server.Tests.Staff;
using static Collections.Server.Tests.Staff.StaffCases;

namespace Collections.Server.Tests.Audit;

/// <summary>
/// A call recorded outside the contact rules with a reason is audited (<c>contact.override</c>) in the recording's
/// transaction, with the collector as actor and the rule and reason in the details; a refused one leaves no entry.
/// </summary>
public sealed class ContactOverrideAuditTests
{
    [Theory, SqliteData, PostgresData]
    public async Task CompleteCall_At3amLocalWithReason_WritesContactOverrideAuditEntry(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml); // 09:00Z is 03:00 in Mexico City
        using var integrator = factory.CreateClient();
        var @case = (await integrator.OpenCaseAsync("F-OVA-1", 1500m)).GetProperty("case");
        var (caseId, instanceId) = (@case.GetProperty("id").GetGuid(), @case.GetProperty("processInstanceId").GetGuid());
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(Collector);
        await collector.ClaimAsync(task.Id);

        using var completed = await collector.CompleteAsync(task.Id, new { callOutcome = "no-commitment", contactOverrideReason = "Pidió que lo llamaran a esta hora" });

        await completed.ReadAsync(HttpStatusCode.NoContent);
        var row = Assert.Single(await factory.AuditRowsAsync(), r => r.Action == AuditActions.ContactOverride);
        Assert.Equal((AuditActor.User, Collector, caseId), (row.ActorKind, row.ActorId, row.CaseId));
        var attemptId = Assert.Single((await collector.CaseAsync(caseId)).GetProperty("detail").GetProperty("contactAttempts").EnumerateArray()).GetProperty("id").GetGuid();
        Assert.Equal($"contact-attempt:{attemptId}", row.Target);
        var details = JsonDocument.Parse(row.Details).RootElement;
        Assert.Equal("outside-hours", details.GetProperty("rule").GetString());
        Assert.Equal("07:00-22:00", details.GetProperty("ruleArguments").GetProperty("window").GetString());
        Assert.Equal("Pidió que lo llamaran a esta hora", details.GetProperty("reason").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task CompleteCall_At3amLocalWithoutReason_RefusedAndNoOverrideAudited(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var instanceId = (await integrator.OpenCaseAsync("F-OVA-2", 1500m)).GetProperty("case").GetProperty("processInstanceId").GetGuid();
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(Collector);
        await collector.ClaimAsync(task.Id);

        using var completed = await collector.CompleteAsync(task.Id, new { callOutcome = "no-commitment" });

        Assert.Equal(HttpStatusCode.BadRequest, completed.StatusCode);
        Assert.DoesNotContain(await factory.AuditRowsAsync(), r => r.Action == AuditActions.ContactOverride);
    }
}
