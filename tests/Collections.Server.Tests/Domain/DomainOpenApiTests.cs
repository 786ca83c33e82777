using System.Text.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>Issue 5 item 6: every integrator endpoint documented with scope, auth scheme, errors and examples.</summary>
public sealed class DomainOpenApiTests
{
    [Fact]
    public async Task OpenApiDocument_IntegratorEndpoints_HaveSecuritySummaryErrorsAndExamples()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();

        var document = await client.GetJsonAsync("/openapi/v1.json");

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("scheme").GetString());
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/debtors", StringComparison.Ordinal) || p.Name.StartsWith("/api/v1/invoices", StringComparison.Ordinal)
                || p.Name.StartsWith("/api/v1/cases", StringComparison.Ordinal) || p.Name.StartsWith("/api/v1/webhooks", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value))).ToList();
        Assert.True(operations.Count >= 25, $"only {operations.Count} operations");
        foreach (var (path, method, operation) in operations)
        {
            Assert.True(operation.TryGetProperty("summary", out _), $"{method} {path} has no summary");
            Assert.True(operation.TryGetProperty("security", out _), $"{method} {path} has no security");
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("400", out _) && responses.TryGetProperty("401", out _) && responses.TryGetProperty("403", out _), $"{method} {path} lacks error responses");
            if (operation.TryGetProperty("requestBody", out var body))
            {
                Assert.True(body.GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _), $"{method} {path} has no example");
            }
        }

        var openCase = document.GetProperty("paths").GetProperty("/api/v1/cases").GetProperty("post");
        Assert.Contains(openCase.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
    }
}
