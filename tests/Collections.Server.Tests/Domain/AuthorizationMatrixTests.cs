using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Collections.Server.Tests.Domain;

/// <summary>Issue 5 "Done when": no key, wrong scope, revoked key, over the integrator endpoints.</summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private DomainApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await DomainApiFactory.CreateAsync("sqlite");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public static TheoryData<string, string, string?, HttpStatusCode> Matrix => new()
    {
        // method, path, key, expected
        { "GET", "/api/v1/cases", null, HttpStatusCode.Unauthorized },
        { "POST", "/api/v1/cases", null, HttpStatusCode.Unauthorized },
        { "POST", "/api/v1/debtors", null, HttpStatusCode.Unauthorized },
        { "GET", "/api/v1/webhooks", null, HttpStatusCode.Unauthorized },
        { "GET", "/api/v1/cases", TestApiKeyConfiguration.Revoked, HttpStatusCode.Unauthorized },
        { "POST", "/api/v1/invoices", TestApiKeyConfiguration.Revoked, HttpStatusCode.Unauthorized },
        { "GET", "/api/v1/cases", TestApiKeyConfiguration.ReadOnly, HttpStatusCode.OK },
        { "GET", "/api/v1/invoices", TestApiKeyConfiguration.ReadOnly, HttpStatusCode.OK },
        { "POST", "/api/v1/cases", TestApiKeyConfiguration.ReadOnly, HttpStatusCode.Forbidden },
        { "POST", "/api/v1/debtors", TestApiKeyConfiguration.ReadOnly, HttpStatusCode.Forbidden },
        { "POST", $"/api/v1/invoices/{Guid.Empty}/payments", TestApiKeyConfiguration.ReadOnly, HttpStatusCode.Forbidden },
        { "POST", $"/api/v1/invoices/{Guid.Empty}/payments", TestApiKeyConfiguration.CasesOnly, HttpStatusCode.Forbidden },
        { "GET", "/api/v1/webhooks", TestApiKeyConfiguration.CasesOnly, HttpStatusCode.Forbidden },
        { "POST", $"/api/v1/cases/{Guid.Empty}/write-off", TestApiKeyConfiguration.CasesOnly, HttpStatusCode.Forbidden },
        { "POST", $"/api/v1/cases/{Guid.Empty}/cancel", TestApiKeyConfiguration.CasesOnly, HttpStatusCode.Forbidden },
        { "POST", $"/api/v1/cases/{Guid.Empty}/write-off", TestApiKeyConfiguration.Integrator, HttpStatusCode.NotFound },
        { "POST", $"/api/v1/invoices/{Guid.Empty}/payments", TestApiKeyConfiguration.Integrator, HttpStatusCode.NotFound },
        { "GET", "/api/v1/webhooks", TestApiKeyConfiguration.Integrator, HttpStatusCode.OK },
    };

    [Theory, MemberData(nameof(Matrix))]
    public async Task Request_KeyAndScope_ExpectedStatus(string method, string path, string? key, HttpStatusCode expected)
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = new StringContent(Body(path), Encoding.UTF8, "application/json");

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    private static string Body(string path) => path switch
    {
        _ when path.EndsWith("/payments", StringComparison.Ordinal) => """{"amount":1,"currency":"MXN","reference":"R"}""",
        _ when path.EndsWith("/write-off", StringComparison.Ordinal) || path.EndsWith("/cancel", StringComparison.Ordinal) => """{"reason":"test"}""",
        _ => "{}",
    };
}
