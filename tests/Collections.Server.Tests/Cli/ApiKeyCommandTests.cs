using System.Net;
using System.Net.Http.Headers;
using Collections.Server.Cli;
using Collections.Server.Security;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Cli;

public sealed class ApiKeyCommandTests
{
    [Theory, SqliteData, PostgresData]
    public async Task RunAsync_Create_PrintsKeyOnceAndTheServerAcceptsItWithItsScopes(string database)
    {
        var connection = await DomainApiFactory.FreshDatabaseAsync(database);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CollectionsCli.RunAsync(
            ["apikey", "create", "--name", "erp", "--scopes", "cases:read,payments:write", $"--Collections:Database:Provider={database}", $"--Collections:Database:ConnectionString={connection}"],
            output, error);

        Assert.True(exit == 0, error.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var key = lines[0]["key: ".Length..];
        Assert.StartsWith(ApiKeyHasher.Prefix, key);
        Assert.Single(lines, l => l.Contains(key, StringComparison.Ordinal)); // printed once
        await using var server = DomainApiFactory.Node(database, connection);
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/webhooks")).StatusCode);
    }

    [Fact]
    public async Task RunAsync_CreateWithUnknownScope_ExplainsAndStoresNothing()
    {
        var connection = await DomainApiFactory.FreshDatabaseAsync("sqlite");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CollectionsCli.RunAsync(
            ["apikey", "create", "--name", "erp", "--scopes", "cases:read,cases:everything", "--Collections:Database:Provider=sqlite", $"--Collections:Database:ConnectionString={connection}"],
            output, error);

        Assert.Equal(2, exit);
        Assert.Contains("'cases:everything' is not a scope", error.ToString());
        Assert.DoesNotContain(ApiKeyHasher.Prefix, output.ToString());
    }

    [Fact]
    public async Task RunAsync_CreateWithoutScopes_PrintsUsageAndFails()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CollectionsCli.RunAsync(["apikey", "create", "--name", "erp"], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("usage: apikey create", error.ToString());
    }
}
