using System.Net;
using System.Net.Http.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>Debtors and invoices: upsert by external id, contacts, cursor pages, hostile text stored verbatim.</summary>
public sealed class RegistrationTests
{
    [Theory, SqliteData, PostgresData]
    public async Task UpsertDebtor_TwiceThenContact_UpdatesInPlaceWithE164Phone(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var created = await client.RegisterDebtorAsync("D-7");

        var updated = await (await client.PutAsJsonAsync("/api/v1/debtors/D-7", new { name = "Nuevo Nombre", language = "en", timeZone = "Europe/Madrid", country = "ES", riskScore = 5, optOuts = new[] { "sms" } })).ReadAsync(HttpStatusCode.OK);
        var withContact = await (await client.PutAsJsonAsync("/api/v1/debtors/D-7/contacts", new { channel = "whatsapp", value = "612 34 56 78", validFrom = "2026-01-01" })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(created.GetProperty("id").GetGuid(), updated.GetProperty("id").GetGuid());
        Assert.Equal("Europe/Madrid", updated.GetProperty("timeZone").GetString());
        Assert.Equal(["sms"], updated.GetProperty("optOuts").EnumerateArray().Select(o => o.GetString()));
        Assert.Contains(withContact.GetProperty("contacts").EnumerateArray(), c => c.GetProperty("value").GetString() == "+34612345678");
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListInvoices_FivePagesOfTwo_EachOnceInOrder(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var due = DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime).AddDays(10);
        for (var i = 0; i < 9; i++) await client.RegisterInvoiceAsync($"F-{i}", due);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetJsonAsync("/api/v1/invoices?limit=2" + (cursor is null ? string.Empty : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(5, pages);
        Assert.Equal(9, seen.Distinct().Count());
        Assert.Equal(9, seen.Count);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Text_InjectionStrings_StoredAndReturnedVerbatim(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        const string sql = "Robert'); DROP TABLE domain_debtors;-- \" OR 1=1";
        const string script = "<script>alert('x')</script>${7*7}{{7*7}}";

        await (await client.PutAsJsonAsync("/api/v1/debtors/D-'1", new { name = sql, segment = script, language = "es", timeZone = "America/Mexico_City", country = "MX" })).ReadAsync(HttpStatusCode.Created);
        var invoice = await client.RegisterInvoiceAsync("F-' OR '1'='1", DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime).AddDays(-2), debtor: "D-'1");
        var opened = await (await client.PostAsJsonAsync("/api/v1/cases", new { invoiceId = invoice.GetProperty("id").GetGuid() })).ReadAsync(HttpStatusCode.Created);
        var dispute = await (await client.PostAsJsonAsync($"/api/v1/cases/{opened.GetProperty("case").GetProperty("id").GetGuid()}/disputes", new { reason = "fraud", notes = script + sql })).ReadAsync(HttpStatusCode.Created);

        var debtor = await client.GetJsonAsync("/api/v1/debtors/D-'1");
        Assert.Equal(sql, debtor.GetProperty("name").GetString());
        Assert.Equal(script, debtor.GetProperty("segment").GetString());
        Assert.Equal("F-' OR '1'='1", opened.GetProperty("case").GetProperty("invoiceNumber").GetString());
        Assert.Equal(script + sql, dispute.GetProperty("notes").GetString());
        var variables = await factory.Queries.GetVariablesAsync(opened.GetProperty("case").GetProperty("processInstanceId").GetGuid(), CancellationToken.None);
        Assert.Equal(sql, variables["debtorName"].Value);
        Assert.Single((await client.GetJsonAsync("/api/v1/invoices")).GetProperty("items").EnumerateArray());
    }
}
