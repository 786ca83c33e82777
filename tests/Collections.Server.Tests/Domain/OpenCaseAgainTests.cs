using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>
/// docs/api.md, "Register and open": the overdue scanner opens a registered invoice's case by itself, so an integrator
/// that also sends <c>POST /cases</c> must not race into a conflict. Opening an invoice whose case is already open
/// answers 200 with that case (201 only when this call opened it), and starts no second process.
/// </summary>
public sealed class OpenCaseAgainTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime);

    [Theory, SqliteData, PostgresData]
    public async Task OpenCase_SecondCallForSameInvoice_200WithTheOpenCase(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-8001", Today.AddDays(-10));
        var invoiceId = invoice.GetProperty("id").GetGuid();

        using var first = await client.PostAsJsonAsync("/api/v1/cases", new { invoiceId });
        var opened = await first.ReadAsync(HttpStatusCode.Created);
        using var second = await client.PostAsJsonAsync("/api/v1/cases", new { invoiceExternalId = "ext-F-8001" });
        var again = await second.ReadAsync(HttpStatusCode.OK);

        var caseId = opened.GetProperty("case").GetProperty("id").GetGuid();
        Assert.Equal(caseId, again.GetProperty("case").GetProperty("id").GetGuid());
        Assert.Equal("open", again.GetProperty("case").GetProperty("status").GetString());
        Assert.Equal($"/api/v1/cases/{caseId}", first.Headers.Location?.OriginalString);
        Assert.Single((await client.GetJsonAsync("/api/v1/cases")).GetProperty("items").EnumerateArray());
        Assert.Single(await factory.Queries.ListInstancesAsync(new Collections.Engine.Api.InstanceQuery(BusinessKey: "F-8001"), CancellationToken.None));
    }

    [Theory, SqliteData, PostgresData]
    public async Task OpenCase_AfterTheScannerOpenedIt_200WithTheScannersCase(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-8002", Today.AddDays(1));
        var invoiceId = invoice.GetProperty("id").GetGuid();
        await factory.AdvanceAsync(TimeSpan.FromDays(5)); // due + 3 days of grace passed: the scanner opened the case
        var scanned = (await client.GetJsonAsync($"/api/v1/invoices/{invoiceId}")).GetProperty("caseId").GetGuid();

        using var response = await client.PostAsJsonAsync("/api/v1/cases", new { invoiceId });

        var body = await response.ReadAsync(HttpStatusCode.OK);
        Assert.Equal(scanned, body.GetProperty("case").GetProperty("id").GetGuid());
        Assert.Single((await client.GetJsonAsync("/api/v1/cases")).GetProperty("items").EnumerateArray());
    }

    [Theory, SqliteData, PostgresData]
    public async Task OpenCase_InvoiceWhoseCaseWasCanceled_409CaseExists(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var opened = await client.OpenCaseAsync("F-8003");
        var caseId = opened.GetProperty("case").GetProperty("id").GetGuid();
        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/cancel", new { reason = "Opened by mistake" })).ReadAsync(HttpStatusCode.OK);

        using var response = await client.PostAsJsonAsync("/api/v1/cases", new { invoiceExternalId = "ext-F-8003" });

        var problem = await response.ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal("case.exists", problem.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.String, problem.GetProperty("detail").ValueKind);
    }
}
