using System.Collections.Concurrent;
using Collections.Domain.Persistence;
using Collections.Engine.Api;
using Collections.Server.Persistence;
using Collections.Server.Tests.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Collections.Server.Tests.Infrastructure;

/// <summary>
/// A new database per test with the schema already in place. Applying every migration of the three contexts costs a
/// test's server more CPU than the rest of its start, so the schema is built once per test run, by the same
/// migrations the server applies, and copied: a SQLite file copy or a PostgreSQL <c>CREATE DATABASE … TEMPLATE</c>.
/// The server still runs its migrations at start and finds nothing to apply. Tests about starting on an empty
/// database use <see cref="DomainApiFactory.FreshDatabaseAsync"/>.
/// </summary>
public static class MigratedDatabases
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Templates = new();

    /// <summary>A connection string to a new database of <paramref name="provider"/> (sqlite or postgres) with the current schema.</summary>
    public static async Task<string> CreateAsync(string provider)
    {
        var template = await Templates.GetOrAdd(provider, p => new Lazy<Task<string>>(() => BuildTemplateAsync(p))).Value;
        return provider == "postgres" ? await CloneAsync(template) : Copy(template);
    }

    private static async Task<string> BuildTemplateAsync(string provider)
    {
        var connectionString = await DomainApiFactory.FreshDatabaseAsync(provider);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration["Collections:Database:Provider"] = provider;
        builder.Configuration["Collections:Database:ConnectionString"] = connectionString;
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        builder.AddCollectionsServer();
        await using (var app = builder.Build())
        {
            // The order of the server's start: engine, domain, then the server's own tables.
            await app.Services.GetRequiredService<IEngineDatabase>().MigrateAsync(CancellationToken.None);
            await using (var domain = app.Services.GetRequiredService<DomainDbContextFactory>().Create())
            {
                await domain.Database.MigrateAsync();
            }

            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ServerDbContext>().Database.MigrateAsync();
        }

        // A template must have no open connection (PostgreSQL refuses to copy it) and a SQLite file must be complete
        // on disk before it is copied (closing the last connection checkpoints the write-ahead log).
        if (provider == "postgres") NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        else SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        return connectionString;
    }

    private static async Task<string> CloneAsync(string template)
    {
        var name = "domain_" + Guid.NewGuid().ToString("N");
        var source = new NpgsqlConnectionStringBuilder(template).Database;
        await using (var connection = new NpgsqlConnection(TestDatabases.PostgresConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {source}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(template) { Database = name }.ConnectionString;
    }

    private static string Copy(string template)
    {
        var source = new SqliteConnectionStringBuilder(template).DataSource;
        var target = Path.Combine(Directory.CreateTempSubdirectory("collections-domain-db-").FullName, "collections.db");
        File.Copy(source, target);
        if (File.Exists(source + "-wal")) File.Copy(source + "-wal", target + "-wal");
        return $"Data Source={target}";
    }
}
