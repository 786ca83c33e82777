using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>
/// Every timeline line reaches the case page as a code with arguments the UI says in the reader's language: the
/// domain's lines carry the facts (amounts invariant, days as yyyy-MM-dd), the engine's carry the activity's name
/// and never a BPMN element kind.
/// </summary>
public sealed class TimelineArgumentsTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime);

    private static readonly string[] BpmnKinds =
        ["userTask", "sendTask", "serviceTask", "receiveTask", "intermediateCatchEvent", "boundaryEvent", "exclusiveGateway", "startEvent", "endEvent"];

    [Theory, SqliteData, PostgresData]
    public async Task CaseDetail_PromisePaymentDispute_EveryDomainLineCarriesItsArguments(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var @case = (await client.OpenCaseAsync("F-7001", 1000m)).GetProperty("case");
        var caseId = @case.GetProperty("id").GetGuid();
        var invoiceId = @case.GetProperty("invoiceId").GetGuid();

        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/promises", new { amount = 400m, currency = "MXN", promiseDate = Today.AddDays(5) })).ReadAsync(HttpStatusCode.Created);
        await (await client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 250.25m, currency = "MXN", reference = "SPEI-7" })).ReadAsync(HttpStatusCode.Created);
        var dispute = await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/disputes", new { reason = "billing-error", owner = "billing" })).ReadAsync(HttpStatusCode.Created);
        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/disputes/{dispute.GetProperty("id").GetGuid()}/resolve", new { resolution = "nota CN-9" })).ReadAsync(HttpStatusCode.OK);
        var timeline = (await client.GetJsonAsync($"/api/v1/cases/{caseId}")).GetProperty("timeline").EnumerateArray().ToList();

        var domain = timeline.Where(t => t.GetProperty("source").GetString() == "domain").ToList();
        Assert.All(domain, t => Assert.Equal(JsonValueKind.Object, t.GetProperty("arguments").ValueKind));
        var opened = Arguments(domain, "case.opened");
        Assert.Equal(("F-7001", 1000m, "MXN", "10"), (opened["invoice"], Amount(opened["amount"]), opened["currency"], opened["days"]));
        var promise = Arguments(domain, "promise.created");
        Assert.Equal((400m, "MXN", Today.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), (Amount(promise["amount"]), promise["currency"], promise["date"]));
        var payment = Arguments(domain, "payment.applied");
        Assert.Equal(("partial", "SPEI-7", 250.25m, 749.75m), (payment["kind"], payment["reference"], Amount(payment["amount"]), Amount(payment["balanceAmount"])));
        Assert.Equal("billing-error", Arguments(domain, "dispute.opened")["reason"]);
        var resolved = Arguments(domain, "dispute.resolved");
        Assert.Equal(("resolved", "resume", "nota CN-9"), (resolved["status"], resolved["outcome"], resolved["resolution"]));
    }

    [Theory, SqliteData, PostgresData]
    public async Task CaseDetail_ProcessHistory_ActivityNamesNeverBpmnKinds(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var @case = (await client.OpenCaseAsync("F-7002", 1000m)).GetProperty("case");
        var caseId = @case.GetProperty("id").GetGuid();

        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/promises", new { amount = 400m, currency = "MXN", promiseDate = Today.AddDays(5) })).ReadAsync(HttpStatusCode.Created);
        var timeline = (await client.GetJsonAsync($"/api/v1/cases/{caseId}")).GetProperty("timeline").EnumerateArray().ToList();

        var process = timeline.Where(t => t.GetProperty("source").GetString() == "process").ToList();
        Assert.Equal(["task.created", "process.event", "process.waiting"], process.Select(t => t.GetProperty("kind").GetString()));
        Assert.Equal("Collect", process[0].GetProperty("arguments").GetProperty("activity").GetString());
        // The boundary event and the timer have no name in the test playbook: no name, and never their ids or kinds.
        Assert.All(process.Skip(1), t => Assert.Empty(t.GetProperty("arguments").EnumerateObject()));
        var values = process.SelectMany(t => t.GetProperty("arguments").EnumerateObject().Select(p => p.Value.GetString())).ToList();
        Assert.DoesNotContain(values, v => BpmnKinds.Contains(v));
    }

    private static Dictionary<string, string> Arguments(List<JsonElement> timeline, string kind) =>
        timeline.Single(t => t.GetProperty("kind").GetString() == kind).GetProperty("arguments").Deserialize<Dictionary<string, string>>()!;

    private static decimal Amount(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
