using Collections.Engine.Api;
using Collections.Engine.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Engine.Persistence;

internal sealed class EngineDatabase(EngineDbContextFactory factory, IOptions<EngineOptions> options) : IEngineDatabase
{
    public string Provider => factory.Provider;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (factory.Provider == DatabaseProviders.Sqlite) EnsureSqliteFolder(options.Value.ConnectionString);
        await using var db = factory.Create();
        await db.Database.MigrateAsync(cancellationToken);

        // WAL lets readers run beside the single writer and needs one fsync per commit instead of several;
        // synchronous stays FULL, so a committed step survives a power cut. The mode is stored in the file.
        if (factory.Provider == DatabaseProviders.Sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = factory.Create();
            return await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource.StartsWith(':') || builder.DataSource.StartsWith("file:", StringComparison.Ordinal)) return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
