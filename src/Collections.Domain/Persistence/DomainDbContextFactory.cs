using System.Data.Common;
using Collections.Engine.Configuration;
using Collections.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Persistence;

/// <summary>
/// Creates the domain's context on the engine's database (<see cref="EngineOptions"/>): on its own connection for
/// reads and migrations, or on a shared connection and transaction (<c>IEngineTransactions</c>, DESIGN.md D13).
/// Options are built once per provider; a request only constructs the context.
/// </summary>
public sealed class DomainDbContextFactory
{
    private readonly Func<DomainDbContext> _own;
    private readonly Func<DomainDbContext> _shared;

    public DomainDbContextFactory(IOptions<EngineOptions> options)
    {
        var connectionString = options.Value.ConnectionString;
        Provider = options.Value.Provider.Trim().ToLowerInvariant();
        if (Provider == DatabaseProviders.Postgres)
        {
            var own = new DbContextOptionsBuilder<PostgresDomainDbContext>().SkipModelCheck().UseNpgsql(connectionString, o => o.MigrationsHistoryTable(DomainDbContext.MigrationsHistoryTable)).Options;
            var shared = new DbContextOptionsBuilder<PostgresDomainDbContext>().UseNpgsql(o => o.MigrationsHistoryTable(DomainDbContext.MigrationsHistoryTable)).Options;
            (_own, _shared) = (() => new PostgresDomainDbContext(own), () => new PostgresDomainDbContext(shared));
        }
        else
        {
            var own = new DbContextOptionsBuilder<SqliteDomainDbContext>().SkipModelCheck().UseSqlite(connectionString, o => o.MigrationsHistoryTable(DomainDbContext.MigrationsHistoryTable)).Options;
            var shared = new DbContextOptionsBuilder<SqliteDomainDbContext>().UseSqlite(o => o.MigrationsHistoryTable(DomainDbContext.MigrationsHistoryTable)).Options;
            (_own, _shared) = (() => new SqliteDomainDbContext(own), () => new SqliteDomainDbContext(shared));
        }
    }

    public string Provider { get; }

    /// <summary>A context with its own connection (reads, migrations).</summary>
    public DomainDbContext Create() => _own();

    /// <summary>A context that writes through the caller's connection and transaction; the caller owns both.</summary>
    public async Task<DomainDbContext> JoinAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var db = _shared();
        db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return db;
    }
}
