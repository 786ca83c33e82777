using System.Net;
using System.Net.Http.Json;
using Collections.Server.Tests.Domain;
using static Collections.Server.Tests.Staff.StaffCases;

namespace Collections.Server.Tests.Staff;

/// <summary>Issue 8 §4: the case list and case page behind the staff UI, and the actions by role.</summary>
public sealed class CaseStaffApiTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ListStaffCases_SearchAndPaging_FindCasesByDebtorAndInvoice(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var first = (await integrator.OpenCaseAsync("F-LIST-1", 100m)).GetProperty("case");
        factory.Clock.Advance(TimeSpan.FromMinutes(1)); // ids are version-7 from the clock: newer case, larger id
        var second = (await integrator.OpenCaseAsync("F-LIST-2", 200m)).GetProperty("case");
        using var owner = await factory.SignInAsync(ProcessOwner);

        var byDebtor = await owner.GetJsonAsync("/api/v1/staff/cases?search=ferreter&status=open");
        var byInvoice = await owner.GetJsonAsync("/api/v1/staff/cases?search=list-1");
        var byInstance = await owner.GetJsonAsync($"/api/v1/staff/cases?processInstanceId={second.GetProperty("processInstanceId").GetGuid()}");
        var page1 = await owner.GetJsonAsync("/api/v1/staff/cases?limit=1");
        var page2 = await owner.GetJsonAsync($"/api/v1/staff/cases?limit=1&cursor={page1.GetProperty("nextCursor").GetString()}");

        Assert.Equal(2, byDebtor.GetProperty("items").GetArrayLength());
        Assert.Equal("Ferretería López SA de CV", byDebtor.GetProperty("items")[0].GetProperty("debtorName").GetString());
        Assert.Equal("F-LIST-1", Assert.Single(byInvoice.GetProperty("items").EnumerateArray()).GetProperty("case").GetProperty("invoiceNumber").GetString());
        Assert.Equal(second.GetProperty("id").GetGuid(), Assert.Single(byInstance.GetProperty("items").EnumerateArray()).GetProperty("case").GetProperty("id").GetGuid());
        Assert.Equal(second.GetProperty("id").GetGuid(), Assert.Single(page1.GetProperty("items").EnumerateArray()).GetProperty("case").GetProperty("id").GetGuid());
        Assert.Equal(first.GetProperty("id").GetGuid(), Assert.Single(page2.GetProperty("items").EnumerateArray()).GetProperty("case").GetProperty("id").GetGuid());
    }

    [Theory, SqliteData, PostgresData]
    public async Task GetStaffCase_PlaybookCase_ShowsDebtorInvoiceAndWhereTheProcessStands(string database)
    {
        await using var factory = await StartAsync(database, Playbook());
        using var integrator = factory.CreateClient();
        var caseId = (await integrator.OpenCaseAsync("F-VIEW-1", 1500m)).GetProperty("case").GetProperty("id").GetGuid();
        await factory.CompleteSendEmailAsync();
        await factory.AdvanceAsync(TimeSpan.FromDays(7));
        using var collector = await factory.SignInAsync(Collector);

        var view = await collector.CaseAsync(caseId);

        Assert.Equal("Ferretería López SA de CV", view.GetProperty("debtor").GetProperty("name").GetString());
        Assert.Equal("PO-77", view.GetProperty("invoice").GetProperty("purchaseOrderNumber").GetString());
        var process = view.GetProperty("process");
        Assert.Equal("overdue-invoice", process.GetProperty("definitionKey").GetString());
        Assert.Contains("call_debtor", process.GetProperty("waitingActivityIds").EnumerateArray().Select(a => a.GetString()));
        var done = process.GetProperty("completedActivityIds").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("send_friendly_reminder", done);
        Assert.Contains("timer_day7", done);
        Assert.Contains(view.GetProperty("detail").GetProperty("openTasks").EnumerateArray(), t => t.GetProperty("taskDefinitionKey").GetString() == "call_debtor");
    }

    [Theory, SqliteData, PostgresData]
    public async Task RequestStaffNegotiation_Settlement_StopsTheStagesAndOpensTheNegotiation(string database)
    {
        await using var factory = await StartAsync(database, Playbook());
        using var integrator = factory.CreateClient();
        var @case = (await integrator.OpenCaseAsync("F-NEG-1", 4000m)).GetProperty("case");
        var (caseId, instanceId) = (@case.GetProperty("id").GetGuid(), @case.GetProperty("processInstanceId").GetGuid());
        await factory.CompleteSendEmailAsync();
        using var collector = await factory.SignInAsync(Collector);

        using var requested = await collector.PostAsJsonAsync($"/api/v1/staff/cases/{caseId}/negotiations", new { kind = "settlement", discountPercent = 8, notes = "Pays today with 8% off" });

        var body = await requested.ReadAsync(HttpStatusCode.Created);
        Assert.True(body.GetProperty("processTookIt").GetBoolean());
        var negotiate = await factory.OpenTaskAsync(instanceId, "negotiate");
        Assert.Equal(["senior-collectors"], negotiate.CandidateGroups);
        var variables = await factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None);
        Assert.Equal("settlement", variables["negotiationType"].Value);
        Assert.Equal(8L, variables["discountPercent"].Value);
        Assert.Contains((await collector.CaseAsync(caseId)).GetProperty("detail").GetProperty("timeline").EnumerateArray(),
            t => t.GetProperty("kind").GetString() == "negotiation.requested" && t.GetProperty("summary").GetString()!.Contains(Collector));
    }

    [Theory, SqliteData, PostgresData]
    public async Task StaffCaseWrites_ProcessOwnerOrMissingAntiforgery_AreRefusedAndReadsAreOpenToStaff(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var caseId = (await integrator.OpenCaseAsync("F-ROLE-1", 100m)).GetProperty("case").GetProperty("id").GetGuid();
        using var owner = await factory.SignInAsync(ProcessOwner);
        using var collector = await factory.SignInAsync(Collector);
        var contact = new { channel = "phone", outcome = "reached" };

        using var byOwner = await owner.PostAsJsonAsync($"/api/v1/staff/cases/{caseId}/contact-attempts", contact);
        collector.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        using var withoutToken = await collector.PostAsJsonAsync($"/api/v1/staff/cases/{caseId}/contact-attempts", contact);
        using var anonymous = await factory.CreateClient(new() { HandleCookies = false }).GetAsync($"/api/v1/staff/cases/{caseId}");
        using var ownerReads = await owner.GetAsync($"/api/v1/staff/cases/{caseId}");

        Assert.Equal(HttpStatusCode.Forbidden, byOwner.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownerReads.StatusCode);
        Assert.Empty((await collector.CaseAsync(caseId)).GetProperty("detail").GetProperty("contactAttempts").EnumerateArray());
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RecordStaffContactAttempt_UnknownChannel_ProblemNamesTheField(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var caseId = (await integrator.OpenCaseAsync("F-BAD-1", 100m)).GetProperty("case").GetProperty("id").GetGuid();
        using var collector = await factory.SignInAsync(Collector);

        using var refused = await collector.PostAsJsonAsync($"/api/v1/staff/cases/{caseId}/contact-attempts", new { channel = "pigeon", outcome = "reached" });
        using var unknownCase = await collector.GetAsync($"/api/v1/staff/cases/{Guid.NewGuid()}");

        var problem = await refused.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("channel", problem.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknownCase.StatusCode);
    }
}
