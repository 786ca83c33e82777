using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>Issue 5: payment plans and settlement offers over /api/v1, wired to the playbook's negotiation.</summary>
public sealed class NegotiationTests
{
    private static readonly string Playbook = PlaybookFile.Read("overdue-invoice.bpmn");

    [Theory, SqliteData, PostgresData]
    public async Task PaymentPlan_ProcessNegotiating_AgreedAndEachPaidInstallmentTellsTheProcess(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Playbook);
        using var client = factory.CreateClient();
        var (caseId, instanceId) = await PlaybookDriver.CaseInNegotiationAsync(factory, client, "F-PLAN-1", "payment-plan");

        var plan = await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/payment-plans", new
        {
            currency = "MXN",
            installments = new[] { new { dueDate = "2026-03-20", amount = 400.50m }, new { dueDate = "2026-04-20", amount = 400m }, new { dueDate = "2026-05-20", amount = 400m } },
            notes = "Acordado con tesorería",
        })).ReadAsync(HttpStatusCode.Created);
        await PlaybookDriver.CompleteExternalTaskAsync(factory, "send-email"); // the plan confirmation
        var dueBefore = (await factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None))["nextInstallmentDue"].Value;
        var invoiceId = (await client.GetJsonAsync($"/api/v1/cases/{caseId}")).GetProperty("case").GetProperty("invoiceId").GetGuid();
        await (await client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 400.50m, currency = "MXN", reference = "SPEI-C1" })).ReadAsync(HttpStatusCode.Created);

        Assert.Equal("agreed", plan.GetProperty("processState").GetString());
        Assert.Equal("active", plan.GetProperty("status").GetString());
        Assert.Equal(1200.50m, plan.GetProperty("total").GetDecimal());
        Assert.Equal(new DateTimeOffset(2026, 3, 24, 0, 0, 0, TimeSpan.Zero), (DateTimeOffset)dueBefore!); // 20 March, end of day + 3 grace days
        var variables = await factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None);
        Assert.Equal(1L, variables["installmentsPaid"].Value);
        Assert.Equal(new DateTimeOffset(2026, 4, 24, 0, 0, 0, TimeSpan.Zero), (DateTimeOffset)variables["nextInstallmentDue"].Value!);
        var stored = await client.GetJsonAsync($"/api/v1/cases/{caseId}/payment-plans/{plan.GetProperty("id").GetGuid()}");
        Assert.Equal([true, false, false], stored.GetProperty("installments").EnumerateArray().Select(i => i.GetProperty("paid").GetBoolean()));
        Assert.Equal(400.50m, stored.GetProperty("paidSoFar").GetDecimal());
        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Contains("plan.proposed", PlaybookDriver.Kinds(detail));
        Assert.Contains("plan.installment-paid", PlaybookDriver.Kinds(detail));
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "task.completed"
            && t.GetProperty("summary").GetString() == "Negotiate with debtor by integrator");
    }

    [Theory, SqliteData, PostgresData]
    public async Task PaymentPlan_ProcessNotNegotiating_RecordedAndTheNextPlanSupersedesIt(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database); // the test playbook waits in "collect"
        using var client = factory.CreateClient();
        var opened = (await client.OpenCaseAsync("F-PLAN-2", 1000m)).GetProperty("case");
        var caseId = opened.GetProperty("id").GetGuid();

        var first = await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/payment-plans", Plan(("2026-04-01", 1000m)))).ReadAsync(HttpStatusCode.Created);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var second = await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/payment-plans", Plan(("2026-04-01", 500m), ("2026-05-01", 500m)))).ReadAsync(HttpStatusCode.Created);
        var plans = await client.GetJsonAsync($"/api/v1/cases/{caseId}/payment-plans");

        Assert.Equal("recorded", first.GetProperty("processState").GetString());
        Assert.Equal(["superseded", "active"], plans.EnumerateArray().Select(p => p.GetProperty("status").GetString()));
        Assert.Equal(second.GetProperty("id").GetGuid(), plans[1].GetProperty("id").GetGuid());
        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal(opened.GetProperty("stage").GetString(), detail.GetProperty("case").GetProperty("stage").GetString());
        Assert.Equal(2, PlaybookDriver.Kinds(detail).Count(k => k == "plan.proposed"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task SettlementOffer_20Percent_ManagersApproveInTheInboxAndTheOfferSaysWho(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Playbook);
        using var client = factory.CreateClient();
        var (caseId, instanceId) = await PlaybookDriver.CaseInNegotiationAsync(factory, client, "F-OFFER-1");

        var offer = await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/settlement-offers",
            new { discountPercent = 20, amount = 960.40m, currency = "MXN", expiresOn = "2026-03-19" })).ReadAsync(HttpStatusCode.Created);
        var approval = await PlaybookDriver.OpenTaskAsync(factory, instanceId, "approve_discount");
        using var manager = await SignInAsync(factory, "mario.manager@collections.test", "manager", "managers");
        await (await manager.PostAsJsonAsync($"/api/v1/tasks/{approval.Id}/claim", new { })).ReadAsync(HttpStatusCode.NoContent);
        await (await manager.PostAsJsonAsync($"/api/v1/tasks/{approval.Id}/complete", new { variables = new { discountApproved = true } })).ReadAsync(HttpStatusCode.NoContent);
        var decided = await client.GetJsonAsync($"/api/v1/cases/{caseId}/settlement-offers/{offer.GetProperty("id").GetGuid()}");

        Assert.Equal("pending", offer.GetProperty("approvalState").GetString());
        Assert.Equal("agreed", offer.GetProperty("processState").GetString());
        Assert.Equal(960.40m, offer.GetProperty("amount").GetDecimal());
        Assert.Equal(["managers"], offer.GetProperty("approvalGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(["managers"], approval.CandidateGroups);
        Assert.Equal("P10D", (await factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None))["settlementOfferValidity"].Value);
        Assert.Equal("approved", decided.GetProperty("approvalState").GetString());
        Assert.Equal("mario.manager@collections.test", decided.GetProperty("approver").GetString());
        Assert.Equal(factory.Clock.GetUtcNow(), decided.GetProperty("decidedAt").GetDateTimeOffset());
        var kinds = PlaybookDriver.Kinds(await client.GetJsonAsync($"/api/v1/cases/{caseId}")).ToList();
        Assert.Contains("settlement.proposed", kinds);
        Assert.Contains("settlement.awaiting-approval", kinds);
        Assert.Contains("settlement.approved", kinds);
        Assert.Empty(await factory.Queries.ListUserTasksAsync(new Collections.Engine.Api.UserTaskQuery(RootInstanceId: instanceId), CancellationToken.None));
    }

    [Theory, SqliteData, PostgresData]
    public async Task SettlementOffer_40Percent_FinanceRejects_RejectedAndTheProcessNegotiatesAgain(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Playbook);
        using var client = factory.CreateClient();
        var (caseId, instanceId) = await PlaybookDriver.CaseInNegotiationAsync(factory, client, "F-OFFER-2");

        var offer = await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/settlement-offers", new { discountPercent = 40 })).ReadAsync(HttpStatusCode.Created);
        var approval = await PlaybookDriver.OpenTaskAsync(factory, instanceId, "approve_discount");
        await factory.Engine.ClaimUserTaskAsync(approval.Id, "fina.finanzas", CancellationToken.None);
        await factory.Engine.CompleteUserTaskAsync(approval.Id, new Dictionary<string, object?> { ["discountApproved"] = false, ["notes"] = "Too high" }, CancellationToken.None);
        var offers = await client.GetJsonAsync($"/api/v1/cases/{caseId}/settlement-offers");

        Assert.Equal(["finance"], offer.GetProperty("approvalGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(10), DateOnly.Parse(offer.GetProperty("expiresOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var rejected = Assert.Single(offers.EnumerateArray());
        Assert.Equal("rejected", rejected.GetProperty("approvalState").GetString());
        Assert.Equal("fina.finanzas", rejected.GetProperty("approver").GetString());
        await PlaybookDriver.OpenTaskAsync(factory, instanceId, "negotiate");
        Assert.Contains("settlement.rejected", PlaybookDriver.Kinds(await client.GetJsonAsync($"/api/v1/cases/{caseId}")));
    }

    [Fact]
    public async Task SettlementOffer_AgreedByACollectorInTheInbox_RecordedAsAnOfferForSeniors()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite", null, Playbook);
        using var client = factory.CreateClient();
        var (caseId, instanceId) = await PlaybookDriver.CaseInNegotiationAsync(factory, client, "F-OFFER-3");
        var negotiate = await PlaybookDriver.OpenTaskAsync(factory, instanceId, "negotiate");
        using var senior = await SignInAsync(factory, "sergio.senior@collections.test", "senior-collector", "senior-collectors");

        await (await senior.PostAsJsonAsync($"/api/v1/tasks/{negotiate.Id}/complete", new { variables = new { negotiationType = "settlement", discountPercent = 8 } })).ReadAsync(HttpStatusCode.NoContent);

        var offer = Assert.Single((await client.GetJsonAsync($"/api/v1/cases/{caseId}/settlement-offers")).EnumerateArray());
        Assert.Equal(8m, offer.GetProperty("discountPercent").GetDecimal());
        Assert.Equal(1104.46m, offer.GetProperty("amount").GetDecimal());
        Assert.Equal("sergio.senior@collections.test", offer.GetProperty("proposedBy").GetString());
        Assert.Equal(["senior-collectors"], offer.GetProperty("approvalGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("pending", offer.GetProperty("approvalState").GetString());
    }

    [Fact]
    public async Task SettlementOffer_SecondWhileFirstPending_409AndOnlyTheFirstStored()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();
        var caseId = (await client.OpenCaseAsync("F-OFFER-4", 1000m)).GetProperty("case").GetProperty("id").GetGuid();
        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/settlement-offers", new { discountPercent = 5 })).ReadAsync(HttpStatusCode.Created);

        using var second = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/settlement-offers", new { discountPercent = 10 });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("settlement.pending", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var offer = Assert.Single((await client.GetJsonAsync($"/api/v1/cases/{caseId}/settlement-offers")).EnumerateArray());
        Assert.Equal("recorded", offer.GetProperty("processState").GetString());
    }

    [Fact]
    public async Task PaymentPlan_SameIdempotencyKeyTwice_OnePlanSameResponse()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();
        var caseId = (await client.OpenCaseAsync("F-PLAN-3", 1000m)).GetProperty("case").GetProperty("id").GetGuid();

        var responses = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/payment-plans") { Content = JsonContent.Create(Plan(("2026-04-01", 1000m))) };
            request.Headers.Add("Idempotency-Key", "plan-1");
            using var response = await client.SendAsync(request);
            responses.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(responses[0], responses[1]);
        Assert.StartsWith("201 ", responses[0]);
        Assert.Single((await client.GetJsonAsync($"/api/v1/cases/{caseId}/payment-plans")).EnumerateArray());
    }

    [Fact]
    public async Task Plans_ReadOnlyKey_ReadsButCannotPropose()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();
        var caseId = (await client.OpenCaseAsync("F-PLAN-4", 1000m)).GetProperty("case").GetProperty("id").GetGuid();
        using var reader = factory.CreateClient();
        reader.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestApiKeyConfiguration.ReadOnly);

        var propose = await reader.PostAsJsonAsync($"/api/v1/cases/{caseId}/payment-plans", Plan(("2026-04-01", 1000m)));
        var offer = await reader.PostAsJsonAsync($"/api/v1/cases/{caseId}/settlement-offers", new { discountPercent = 5 });
        var list = await reader.GetAsync($"/api/v1/cases/{caseId}/payment-plans");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK], new[] { propose.StatusCode, offer.StatusCode, list.StatusCode });
    }

    /// <summary>A new staff member with one role and group, signed in with the cookie (tasks are worked as the principal).</summary>
    private static async Task<HttpClient> SignInAsync(DomainApiFactory factory, string email, string role, string group)
    {
        using (var admin = await StaffSession.SignInAsync(factory))
        {
            await StaffSession.CreateUserAsync(admin, email, [role], [group]);
        }

        return await StaffSession.SignInAsync(factory, email);
    }

    internal static object Plan(params (string Date, decimal Amount)[] installments) =>
        new { currency = "MXN", installments = installments.Select(i => new { dueDate = i.Date, amount = i.Amount }).ToArray() };
}
