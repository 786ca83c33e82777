using System.Net;
using System.Net.Http.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>Racing requests: optimistic versions on invoices and cases make the loser rerun on fresh state.</summary>
public sealed class ConcurrencyTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Payments_TenAtOnceWithoutCase_NoLostUpdate(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-RACE", DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime).AddDays(10), 1000m);
        var url = $"/api/v1/invoices/{invoice.GetProperty("id").GetGuid()}/payments";

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.PostAsJsonAsync(url, new { amount = 10m, currency = "MXN", reference = $"R-{i}" })));

        // A writer that keeps losing after the engine's 5 attempts gets 409 (retryable, nothing written).
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var applied = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        Assert.True(applied >= 1);
        var balance = (await client.GetJsonAsync($"/api/v1/invoices/{invoice.GetProperty("id").GetGuid()}")).GetProperty("balance").GetDecimal();
        Assert.Equal(1000m - (10m * applied), balance);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Disputes_FiveAtOnce_OneOpensOthersConflict(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var caseId = (await client.OpenCaseAsync("F-RACE-2")).GetProperty("case").GetProperty("id").GetGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.PostAsJsonAsync($"/api/v1/cases/{caseId}/disputes", new { reason = "forgot" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Single((await client.GetJsonAsync($"/api/v1/cases/{caseId}")).GetProperty("disputes").EnumerateArray());
    }
}
