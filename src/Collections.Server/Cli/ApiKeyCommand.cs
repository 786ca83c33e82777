using Collections.Server.Security;

namespace Collections.Server.Cli;

/// <summary>
/// <c>apikey create --name NAME --scopes a,b</c>: prints a new key once, and the configuration entry (its SHA-256)
/// to add under <c>Collections:ApiKeys</c>. The server never stores or logs the key itself.
/// </summary>
internal static class ApiKeyCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        string? name = null;
        string? scopes = null;
        for (var i = 2; i < args.Length - 1; i += 2)
        {
            if (args[i] == "--name") name = args[i + 1];
            else if (args[i] == "--scopes") scopes = args[i + 1];
        }

        if (args.Length < 2 || args[1] != "create" || string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(scopes))
        {
            await error.WriteLineAsync($"usage: apikey create --name NAME --scopes {ApiScopes.ExternalTasks},{ApiScopes.Admin}");
            return 2;
        }

        var key = ApiKeyHasher.Generate();
        var scopeList = scopes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await output.WriteLineAsync($"key: {key}");
        await output.WriteLineAsync("(shown once; give it to the client and keep it secret)");
        await output.WriteLineAsync("add to Collections:ApiKeys in appsettings.json (or Collections__ApiKeys__N__Name/Hash/Scopes__M):");
        await output.WriteLineAsync(
            $"{{ \"Name\": \"{name}\", \"Hash\": \"{ApiKeyHasher.Hash(key)}\", \"Scopes\": [{string.Join(", ", scopeList.Select(s => $"\"{s}\""))}] }}");
        return 0;
    }
}
