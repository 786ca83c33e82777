using Collections.Engine.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Collections.Engine.Persistence;

/// <summary>Creates the provider's context from a pool: a command costs no model or service-provider setup.</summary>
internal sealed class EngineDbContextFactory
{
    private readonly Func<EngineDbContext> _create;
    private readonly string _connectionString;

    public EngineDbContextFactory(IOptions<EngineOptions> options)
    {
        var settings = options.Value;
        _connectionString = settings.ConnectionString;
        Provider = settings.Provider.Trim().ToLowerInvariant();
        switch (Provider)
        {
            case DatabaseProviders.Sqlite:
                var sqlite = new PooledDbContextFactory<SqliteEngineDbContext>(
                    new DbContextOptionsBuilder<SqliteEngineDbContext>().SkipModelCheck().UseSqlite(settings.ConnectionString).Options);
                _create = sqlite.CreateDbContext;
                break;
            case DatabaseProviders.Postgres:
                var postgres = new PooledDbContextFactory<PostgresEngineDbContext>(
                    new DbContextOptionsBuilder<PostgresEngineDbContext>().SkipModelCheck().UseNpgsql(settings.ConnectionString).Options);
                _create = postgres.CreateDbContext;
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{settings.Provider}'; use '{DatabaseProviders.Sqlite}' or '{DatabaseProviders.Postgres}'.");
        }
    }

    public string Provider { get; }

    /// <summary>SQLite allows one writer at a time; commands are serialized in-process instead of failing with SQLITE_BUSY.</summary>
    public bool SingleWriter => Provider == DatabaseProviders.Sqlite;

    public EngineDbContext Create() => _create();

    /// <summary>A context on a connection the caller owns (a shared transaction); not pooled, not disposed with the connection.</summary>
    public EngineDbContext Create(System.Data.Common.DbConnection connection) => Provider == DatabaseProviders.Postgres
        ? new PostgresEngineDbContext(new DbContextOptionsBuilder<PostgresEngineDbContext>().UseNpgsql(connection).Options)
        : new SqliteEngineDbContext(new DbContextOptionsBuilder<SqliteEngineDbContext>().UseSqlite(connection).Options);

    /// <summary>A new, unopened connection to the engine's database.</summary>
    public System.Data.Common.DbConnection CreateConnection() => Provider == DatabaseProviders.Postgres
        ? new Npgsql.NpgsqlConnection(_connectionString)
        : new Microsoft.Data.Sqlite.SqliteConnection(_connectionString);
}
