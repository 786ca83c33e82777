using Collections.Domain.Errors;
using Collections.Domain.Persistence;
using Collections.Engine.Configuration;
using Collections.Server.Audit;
using Collections.Server.Persistence;
using Collections.Server.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Server.Cli;

/// <summary>
/// <c>apikey create --name NAME --scopes a,b</c>: migrates the server's tables in the configured database (the same
/// configuration the server reads: appsettings, environment, and any other <c>--Key=value</c> arguments), stores a new
/// key there (its SHA-256, never the key) with its audit entry (actor <c>cli</c>) and prints the key once. The server accepts it at once.
/// </summary>
internal static class ApiKeyCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        string? name = null;
        string? scopes = null;
        var hostArgs = new List<string>();
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i] is "--name" or "--scopes" && i + 1 < args.Length)
            {
                if (args[i] == "--name") name = args[++i];
                else scopes = args[++i];
            }
            else
            {
                hostArgs.Add(args[i]);
            }
        }

        if (args.Length < 2 || args[1] != "create" || string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(scopes))
        {
            await error.WriteLineAsync($"usage: apikey create --name NAME --scopes a,b   (scopes: {string.Join(", ", ApiScopes.All)})");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(hostArgs.ToArray());
        builder.AddCollectionsServer();
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning"; // only the key and errors on the console
        await using var app = builder.Build();
        try
        {
            await using (var scope = app.Services.CreateAsyncScope())
            await using (await StartupLock.AcquireAsync(app.Services.GetRequiredService<IOptions<EngineOptions>>().Value, CancellationToken.None))
            {
                await scope.ServiceProvider.GetRequiredService<ServerDbContext>().Database.MigrateAsync();
            }

            using var audit = app.Services.GetRequiredService<IAuditTrail>().BeginScope(AuditActor.CommandLine, clientAddress: null);
            var created = await app.Services.GetRequiredService<ApiKeyStore>()
                .CreateAsync(name, scopes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), "cli", CancellationToken.None);
            await output.WriteLineAsync($"key: {created.Key}");
            await output.WriteLineAsync("(shown once; give it to the client and keep it secret)");
            await output.WriteLineAsync($"name: {created.ApiKey.Name}  prefix: {created.ApiKey.Prefix}  scopes: {string.Join(",", created.ApiKey.Scopes)}  id: {created.ApiKey.Id}");
            return 0;
        }
        catch (Exception ex) when (ex is DomainValidationException or DomainConflictException)
        {
            await error.WriteLineAsync($"apikey create: {ex.Message}");
            return 2;
        }
    }
}
