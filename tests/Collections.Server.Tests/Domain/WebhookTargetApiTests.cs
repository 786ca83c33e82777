using System.Net;
using System.Net.Http.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>Subscriptions to addresses inside the server's network are refused with a problem naming <c>url</c>.</summary>
public sealed class WebhookTargetApiTests
{
    private static readonly string[] InsideUrls =
    [
        "https://169.254.169.254/latest/meta-data/",
        "https://10.0.0.5/hooks",
        "https://172.16.3.4/hooks",
        "https://192.168.1.1/hooks",
        "https://metadata.google.internal/computeMetadata/v1/",
        "https://erp.internal.test/hooks",
        "http://127.1/hooks",
        "http://2130706433/hooks",
        "http://[::1]/hooks",
        "http://localhost:5393/api/v1/cases",
    ];

    [Theory, SqliteData, PostgresData]
    public async Task Subscribe_InsideAddress_400NamingUrlAndNothingStored(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();

        foreach (var url in InsideUrls)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "*" }, secret = WebhookTestClient.Secret });

            var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("code").GetString() == "webhook.url-refused", $"{url}: {problem}");
            Assert.Equal("url", problem.GetProperty("field").GetString());
        }

        var list = await client.GetJsonAsync("/api/v1/webhooks");
        Assert.Equal(0, (list.ValueKind == System.Text.Json.JsonValueKind.Array ? list : list.GetProperty("items")).GetArrayLength());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Subscribe_AllowListedInsideHost_Accepted(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, new Dictionary<string, string?> { ["Collections:Domain:Webhooks:AllowedTargets:0"] = "10.20.0.0/16" });
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://erp.internal.test/hooks", events = new[] { "*" }, secret = WebhookTestClient.Secret });

        await response.ReadAsync(HttpStatusCode.Created);
    }
}
