using System.Net;
using System.Text.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>Issue 5: every creating POST honours Idempotency-Key.</summary>
public sealed class IdempotencyTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime);

    [Theory, SqliteData, PostgresData]
    public async Task OpenCase_SameKeySameBody_SameResponseOneCase(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-1", Today.AddDays(-3));
        var body = $$"""{"invoiceId":"{{invoice.GetProperty("id").GetGuid()}}"}""";

        using var first = await client.PostJsonAsync("/api/v1/cases", body, "key-1");
        using var second = await client.PostJsonAsync("/api/v1/cases", body.Replace(":", ": "), "key-1");

        var firstBody = await first.ReadAsync(HttpStatusCode.Created);
        var secondBody = await second.ReadAsync(HttpStatusCode.Created);
        Assert.Equal(firstBody.GetProperty("case").GetProperty("id").GetGuid(), secondBody.GetProperty("case").GetProperty("id").GetGuid());
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Single((await client.GetJsonAsync("/api/v1/cases")).GetProperty("items").EnumerateArray());
        Assert.Single(await factory.Queries.ListInstancesAsync(new Engine.Api.InstanceQuery("overdue-invoice"), CancellationToken.None));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Payment_SameKeyTwice_AppliedOnce(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var @case = (await client.OpenCaseAsync("F-2", 1000m)).GetProperty("case");
        var url = $"/api/v1/invoices/{@case.GetProperty("invoiceId").GetGuid()}/payments";
        const string body = """{"amount":100.00,"currency":"MXN","reference":"SPEI-9"}""";

        using var first = await client.PostJsonAsync(url, body, "pay-1");
        using var retry = await client.PostJsonAsync(url, body, "pay-1");

        await first.ReadAsync(HttpStatusCode.Created);
        await retry.ReadAsync(HttpStatusCode.Created);
        var invoice = await client.GetJsonAsync($"/api/v1/invoices/{@case.GetProperty("invoiceId").GetGuid()}");
        Assert.Equal(900m, invoice.GetProperty("balance").GetDecimal());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Payment_SameKeyOtherBody_Returns409AndAppliesNothing(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var @case = (await client.OpenCaseAsync("F-3", 1000m)).GetProperty("case");
        var url = $"/api/v1/invoices/{@case.GetProperty("invoiceId").GetGuid()}/payments";

        using var first = await client.PostJsonAsync(url, """{"amount":100,"currency":"MXN","reference":"A"}""", "pay-2");
        using var other = await client.PostJsonAsync(url, """{"amount":200,"currency":"MXN","reference":"B"}""", "pay-2");

        await first.ReadAsync(HttpStatusCode.Created);
        var problem = await other.ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal("idempotency.key-reused", problem.GetProperty("code").GetString());
        var invoice = await client.GetJsonAsync($"/api/v1/invoices/{@case.GetProperty("invoiceId").GetGuid()}");
        Assert.Equal(900m, invoice.GetProperty("balance").GetDecimal());
    }

    [Theory, SqliteData, PostgresData]
    public async Task CreateInvoice_FirstAttemptInvalid_KeyReusableForCorrectedBody(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        const string bad = """{"externalId":"X1","number":"N1","debtorExternalId":"D-1","amount":-5,"currency":"MXN","issueDate":"2026-01-01","dueDate":"2026-02-01"}""";

        using var rejected = await client.PostJsonAsync("/api/v1/invoices", bad, "inv-1");
        using var corrected = await client.PostJsonAsync("/api/v1/invoices", bad.Replace("-5", "5"), "inv-1");

        await rejected.ReadAsync(HttpStatusCode.BadRequest);
        await corrected.ReadAsync(HttpStatusCode.Created);
    }
}
