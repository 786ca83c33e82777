using System.Net;
using System.Text.Json;
using Collections.Server.Tests.Infrastructure;

namespace Collections.Server.Tests;

/// <summary>The server on PostgreSQL (DESIGN.md D3: both providers on every CI run).</summary>
public sealed class PostgresHealthTests
{
    [PostgresFact]
    public async Task Health_PostgresDatabase_ReturnsHealthyWithProvider()
    {
        await using var factory = CollectionsServerFactory.ForPostgres();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("postgres", body.RootElement.GetProperty("database").GetProperty("provider").GetString());
        Assert.Equal("healthy", body.RootElement.GetProperty("database").GetProperty("status").GetString());
    }
}
