using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>
/// Bad payment plans and settlement offers (the case's balance is 900 MXN, the clock at 2026-03-02): each a 4xx problem
/// naming the field, and no plan or offer stored.
/// </summary>
public sealed class NegotiationBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string Plans = "/api/v1/cases/{case}/payment-plans";
    private const string Offers = "/api/v1/cases/{case}/settlement-offers";

    public static TheoryData<string, string, string, string, int, string?> Cases()
    {
        var data = new TheoryData<string, string, string, string, int, string?>();
        foreach (var db in BadInputFixture.Databases)
        {
            // name, database, path, body, status, field
            data.Add("plan sum below balance", db, Plans, Plan(("2026-04-01", "400"), ("2026-05-01", "400")), 400, "installments");
            data.Add("plan sum above balance", db, Plans, Plan(("2026-04-01", "500"), ("2026-05-01", "500")), 400, "installments");
            data.Add("plan date in the past", db, Plans, Plan(("2026-02-01", "450"), ("2026-05-01", "450")), 400, "installments[0].dueDate");
            data.Add("plan date today", db, Plans, Plan(("2026-03-02", "900")), 400, "installments[0].dueDate");
            data.Add("plan dates descending", db, Plans, Plan(("2026-05-01", "450"), ("2026-04-01", "450")), 400, "installments[1].dueDate");
            data.Add("plan dates repeated", db, Plans, Plan(("2026-04-01", "450"), ("2026-04-01", "450")), 400, "installments[1].dueDate");
            data.Add("plan in another currency", db, Plans, Plan(("2026-04-01", "900")).Replace("MXN", "USD"), 400, "currency");
            data.Add("plan in an unknown currency", db, Plans, Plan(("2026-04-01", "900")).Replace("MXN", "XYZ"), 400, "currency");
            data.Add("plan without currency", db, Plans, Plan(("2026-04-01", "900")).Replace("\"currency\":\"MXN\",", string.Empty), 400, "currency");
            data.Add("plan negative installment", db, Plans, Plan(("2026-04-01", "1000"), ("2026-05-01", "-100")), 400, "installments[1].amount");
            data.Add("plan zero installment", db, Plans, Plan(("2026-04-01", "900"), ("2026-05-01", "0")), 400, "installments[1].amount");
            data.Add("plan three decimals", db, Plans, Plan(("2026-04-01", "450.005"), ("2026-05-01", "449.995")), 400, "installments[0].amount");
            data.Add("plan without installments", db, Plans, """{"currency":"MXN","installments":[]}""", 400, "installments");
            data.Add("plan installment without date", db, Plans, """{"currency":"MXN","installments":[{"amount":900}]}""", 400, "installments[0].dueDate");
            data.Add("plan date not a date", db, Plans, Plan(("2026-13-01", "900")), 400, "installments[0].dueDate");
            data.Add("plan amount is text", db, Plans, """{"currency":"MXN","installments":[{"dueDate":"2026-04-01","amount":"all"}]}""", 400, "installments[0].amount");
            data.Add("plan unknown field", db, Plans, Plan(("2026-04-01", "900")).Replace("}]", ",\"interest\":2}]"), 400, "installments[0].interest");
            data.Add("plan for unknown case", db, Plans.Replace("{case}", "00000000-0000-0000-0000-000000000001"), Plan(("2026-04-01", "900")), 404, null);
            data.Add("offer discount over 100", db, Offers, """{"discountPercent":150}""", 400, "discountPercent");
            data.Add("offer discount of 100", db, Offers, """{"discountPercent":100}""", 400, "discountPercent");
            data.Add("offer negative discount", db, Offers, """{"discountPercent":-5}""", 400, "discountPercent");
            data.Add("offer zero discount", db, Offers, """{"discountPercent":0}""", 400, "discountPercent");
            data.Add("offer fractional discount", db, Offers, """{"discountPercent":12.5}""", 400, "discountPercent");
            data.Add("offer discount is text", db, Offers, """{"discountPercent":"ten"}""", 400, "discountPercent");
            data.Add("offer expiring in the past", db, Offers, """{"discountPercent":10,"expiresOn":"2026-02-01"}""", 400, "expiresOn");
            data.Add("offer expiring today", db, Offers, """{"discountPercent":10,"expiresOn":"2026-03-02"}""", 400, "expiresOn");
            data.Add("offer amount not what the discount gives", db, Offers, """{"discountPercent":10,"amount":800}""", 400, "amount");
            data.Add("offer in another currency", db, Offers, """{"discountPercent":10,"currency":"EUR"}""", 400, "currency");
            data.Add("offer unknown field", db, Offers, """{"discountPercent":10,"approved":true}""", 400, "approved");
            data.Add("offer expiring yesterday", db, Offers, """{"discountPercent":10,"notes":"<script>alert(1)</script>","expiresOn":"2026-03-01"}""", 400, "expiresOn");
        }

        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Propose_BadInput_4xxProblemNamingTheFieldAndNothingStored(string name, string database, string path, string body, int status, string? field)
    {
        var seeded = await fixture.GetAsync(database);
        var url = path.Replace("{case}", seeded.CaseId.ToString(), StringComparison.Ordinal);

        using var response = await seeded.Client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{name}: expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        if (field is not null) Assert.Equal(field, problem.RootElement.GetProperty("field").GetString());
        Assert.Empty((await seeded.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{seeded.CaseId}/payment-plans")).EnumerateArray());
        Assert.Empty((await seeded.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{seeded.CaseId}/settlement-offers")).EnumerateArray());
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Propose_ClosedCase_409(string database)
    {
        var seeded = await fixture.GetAsync(database);
        using var client = seeded.Factory.CreateClient();
        var closed = (await client.OpenCaseAsync("F-NEG-CLOSED", 50m)).GetProperty("case");
        await (await client.PostAsJsonAsync($"/api/v1/invoices/{closed.GetProperty("invoiceId").GetGuid()}/payments", new { amount = 50m, currency = "MXN", reference = "ALL" })).ReadAsync(HttpStatusCode.Created);

        using var plan = await client.PostAsync($"/api/v1/cases/{closed.GetProperty("id").GetGuid()}/payment-plans",
            new StringContent(Plan(("2026-04-01", "50")), Encoding.UTF8, "application/json"));
        using var offer = await client.PostAsJsonAsync($"/api/v1/cases/{closed.GetProperty("id").GetGuid()}/settlement-offers", new { discountPercent = 10 });

        Assert.Equal(HttpStatusCode.Conflict, plan.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, offer.StatusCode);
    }

    public static TheoryData<string> Databases()
    {
        var data = new TheoryData<string>();
        foreach (var db in BadInputFixture.Databases) data.Add(db);
        return data;
    }

    private static string Plan(params (string Date, string Amount)[] installments) =>
        $$"""{"currency":"MXN","installments":[{{string.Join(",", installments.Select(i => $$"""{"dueDate":"{{i.Date}}","amount":{{i.Amount}}}"""))}}]}""";
}
