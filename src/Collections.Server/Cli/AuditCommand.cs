using Collections.Domain.Persistence;
using Collections.Engine.Configuration;
using Collections.Server.Audit;
using Collections.Server.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Server.Cli;

/// <summary>
/// <c>audit verify</c>: checks the whole hash chain of the audit log in the configured database (the same configuration
/// the server reads; other <c>--Key=value</c> arguments override it). Prints OK with the row count and exits 0, or
/// names the first broken row (sequence, id, why) and exits 1.
/// </summary>
internal static class AuditCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || args[1] != "verify")
        {
            await error.WriteLineAsync("usage: audit verify   (checks the audit log's hash chain in the configured database)");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(args[2..]);
        builder.AddCollectionsServer();
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning"; // only the verdict on the console
        await using var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        await using (await StartupLock.AcquireAsync(app.Services.GetRequiredService<IOptions<EngineOptions>>().Value, CancellationToken.None))
        {
            await scope.ServiceProvider.GetRequiredService<ServerDbContext>().Database.MigrateAsync();
        }

        var result = await app.Services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        if (result.IsIntact)
        {
            await output.WriteLineAsync($"OK: {result.Rows} audit rows, chain intact");
            return 0;
        }

        await output.WriteLineAsync($"BROKEN at sequence {result.BrokenSequence} (id {result.BrokenId}): {result.Reason}; {result.Rows} rows before it are intact");
        return 1;
    }
}
