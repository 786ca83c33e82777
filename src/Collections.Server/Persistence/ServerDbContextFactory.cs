using System.Data.Common;
using Collections.Engine.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Server.Persistence;

/// <summary>
/// Creates the server's context on a connection and transaction someone else owns (the engine's unit of work), like the
/// domain's <c>DomainDbContextFactory</c>, or on its own connection (the audit verifier and pruner). Options are built once.
/// </summary>
internal sealed class ServerDbContextFactory
{
    private readonly Func<ServerDbContext> _own;
    private readonly Func<ServerDbContext> _shared;

    public ServerDbContextFactory(IOptions<EngineOptions> options)
    {
        var connectionString = options.Value.ConnectionString;
        if (string.Equals(options.Value.Provider.Trim(), DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            var own = new DbContextOptionsBuilder<PostgresServerDbContext>().UseNpgsql(connectionString, o => o.MigrationsHistoryTable(ServerDbContext.MigrationsHistoryTable)).Options;
            var shared = new DbContextOptionsBuilder<PostgresServerDbContext>().UseNpgsql(o => o.MigrationsHistoryTable(ServerDbContext.MigrationsHistoryTable)).Options;
            (_own, _shared) = (() => new PostgresServerDbContext(own), () => new PostgresServerDbContext(shared));
        }
        else
        {
            var own = new DbContextOptionsBuilder<SqliteServerDbContext>().UseSqlite(connectionString, o => o.MigrationsHistoryTable(ServerDbContext.MigrationsHistoryTable)).Options;
            var shared = new DbContextOptionsBuilder<SqliteServerDbContext>().UseSqlite(o => o.MigrationsHistoryTable(ServerDbContext.MigrationsHistoryTable)).Options;
            (_own, _shared) = (() => new SqliteServerDbContext(own), () => new SqliteServerDbContext(shared));
        }
    }

    /// <summary>A context with its own connection.</summary>
    public ServerDbContext Create() => _own();

    /// <summary>A context that writes through the caller's connection and transaction; the caller owns both.</summary>
    public async Task<ServerDbContext> JoinAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var db = _shared();
        db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return db;
    }
}
