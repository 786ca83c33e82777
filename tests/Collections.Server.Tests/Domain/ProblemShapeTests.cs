using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>
/// The integrator API answers as docs/api.md says, including the answers no endpoint writes itself: a wrong content
/// type, a missing key, an unknown route, a wrong method, a truncated body, money sent as a JSON string. Each is an
/// RFC 7807 problem with <c>type</c> = <c>https://collections.dev/problems/{code}</c> and a documented <c>code</c>.
/// </summary>
public sealed class ProblemShapeTests
{
    private const string Invoice = """{"externalId":"X-1","number":"N-1","debtorExternalId":"D-1","amount":10.50,"currency":"MXN","issueDate":"2026-01-01","dueDate":"2026-02-01"}""";

    [Fact]
    public async Task PostDebtor_TextPlainBody_415ProblemWithCode()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();
        using var content = new StringContent("""{"externalId":"D-9","name":"Acme"}""", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/api/v1/debtors", content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "request.unsupported-media-type");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/debtors/D-9")).StatusCode);
    }

    [Fact]
    public async Task GetCases_NoApiKey_401ProblemWithCode()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;

        using var response = await client.GetAsync("/api/v1/cases");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task GetCases_UnknownApiKey_401ProblemWithCode()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "col_no-such-key");

        using var response = await client.GetAsync("/api/v1/cases");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task PostDebtor_KeyWithoutScope_403ProblemWithCode()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestApiKeyConfiguration.ReadOnly);

        using var response = await client.PostJsonAsync("/api/v1/debtors", """{"externalId":"D-9","name":"Acme","language":"es","timeZone":"America/Mexico_City","country":"MX","riskScore":10}""");

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Theory]
    [InlineData("GET", "/api/v1/no-such-thing")]
    [InlineData("POST", "/api/v1/no-such-thing")]
    [InlineData("GET", "/api/v1/cases/00000000-0000-0000-0000-000000000001/nothing")]
    public async Task Request_UnknownRoute_404RouteNotFound(string method, string path)
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json") });

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "route.not-found");
    }

    [Fact]
    public async Task DeleteInvoices_MethodNotMapped_405Problem()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();

        using var response = await client.DeleteAsync("/api/v1/invoices");

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed, "request.method-not-allowed");
    }

    [Theory]
    [InlineData("""{"externalId":"X-1","number":"N-1","amount":12""")]
    [InlineData("""{"externalId":"X-1","number":"N-""")]
    [InlineData("""{"externalId":"X-1",""")]
    [InlineData("")]
    public async Task PostInvoice_TruncatedBody_400MalformedJson(string body)
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync("/api/v1/invoices", body);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "request.malformed-json");
    }

    [Fact]
    public async Task PostInvoice_AmountOfWrongType_400InvalidValueNamingIt()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync("/api/v1/invoices", Invoice.Replace("10.50", "true"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid-value");
        Assert.Equal("amount", problem.GetProperty("field").GetString());
    }

    /// <summary>docs/api.md, "Values": money is a JSON number, never a string, on every money field of the API.</summary>
    [Theory, SqliteData, PostgresData]
    public async Task MoneyFields_SentAsJsonString_400InvalidValueAndNothingWritten(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var opened = await client.OpenCaseAsync();
        var caseId = opened.GetProperty("case").GetProperty("id").GetGuid();
        var invoiceId = opened.GetProperty("case").GetProperty("invoiceId").GetGuid();
        var requests = new (string Path, string Body, string Field)[]
        {
            ("/api/v1/invoices", Invoice.Replace("10.50", "\"1200.50\""), "amount"),
            ($"/api/v1/invoices/{invoiceId}/payments", """{"amount":"100.00","currency":"MXN","reference":"R-1"}""", "amount"),
            ($"/api/v1/cases/{caseId}/promises", """{"amount":"100.00","currency":"MXN","promiseDate":"2026-03-10"}""", "amount"),
            ($"/api/v1/cases/{caseId}/payment-plans", """{"currency":"MXN","installments":[{"dueDate":"2026-04-15","amount":"1200.50"}]}""", "installments[0].amount"),
            ($"/api/v1/cases/{caseId}/settlement-offers", """{"discountPercent":10,"amount":"1080.45","currency":"MXN"}""", "amount"),
            ($"/api/v1/cases/{caseId}/settlement-offers", """{"discountPercent":"10"}""", "discountPercent"),
        };

        foreach (var (path, body, field) in requests)
        {
            using var response = await client.PostJsonAsync(path, body);

            var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid-value");
            Assert.Equal(field, problem.GetProperty("field").GetString());
        }

        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Empty(detail.GetProperty("payments").EnumerateArray());
        Assert.Empty(detail.GetProperty("promises").EnumerateArray());
        Assert.Empty((await client.GetJsonAsync($"/api/v1/cases/{caseId}/payment-plans")).EnumerateArray());
        Assert.Empty((await client.GetJsonAsync($"/api/v1/cases/{caseId}/settlement-offers")).EnumerateArray());
        Assert.Single((await client.GetJsonAsync("/api/v1/invoices")).GetProperty("items").EnumerateArray());
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal("https://collections.dev/problems/" + code, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }
}
