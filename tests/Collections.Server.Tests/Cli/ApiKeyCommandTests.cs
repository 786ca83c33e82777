using Collections.Server.Cli;
using Collections.Server.Security;

namespace Collections.Server.Tests.Cli;

public sealed class ApiKeyCommandTests
{
    [Fact]
    public async Task RunAsync_Create_PrintsKeyOnceAndTheHashOfThatKey()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CollectionsCli.RunAsync(["apikey", "create", "--name", "erp", "--scopes", "external-tasks,admin"], output, error);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var key = lines[0]["key: ".Length..];
        Assert.StartsWith(ApiKeyHasher.Prefix, key);
        Assert.Contains($"\"Hash\": \"{ApiKeyHasher.Hash(key)}\"", lines[^1]);
        Assert.Contains("\"Scopes\": [\"external-tasks\", \"admin\"]", lines[^1]);
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
