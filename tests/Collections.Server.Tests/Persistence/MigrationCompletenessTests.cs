using Collections.Domain.Persistence;
using Collections.Server.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Tests.Persistence;

/// <summary>
/// A model change without its migration would leave a new node's schema behind its code. The server no longer asks this
/// at every start (<c>ModelCheckAtMigration</c>), so it is asked here, for the domain's and the server's contexts on
/// each provider (the engine's context has its own test).
/// </summary>
public sealed class MigrationCompletenessTests
{
    [Fact]
    public void DomainModel_Sqlite_HasAMigrationForEveryChange()
    {
        using var db = new SqliteDomainDbContext(new DbContextOptionsBuilder<SqliteDomainDbContext>()
            .UseSqlite("Data Source=unused.db", o => o.MigrationsHistoryTable(DomainDbContext.MigrationsHistoryTable)).Options);
        Assert.False(db.Database.HasPendingModelChanges(), "The domain's model changed without a SQLite migration.");
    }

    [Fact]
    public void DomainModel_Postgres_HasAMigrationForEveryChange()
    {
        using var db = new PostgresDomainDbContext(new DbContextOptionsBuilder<PostgresDomainDbContext>()
            .UseNpgsql("Host=unused", o => o.MigrationsHistoryTable(DomainDbContext.MigrationsHistoryTable)).Options);
        Assert.False(db.Database.HasPendingModelChanges(), "The domain's model changed without a PostgreSQL migration.");
    }

    [Fact]
    public void ServerModel_Sqlite_HasAMigrationForEveryChange()
    {
        using var db = new SqliteServerDbContext(new DbContextOptionsBuilder<SqliteServerDbContext>()
            .UseSqlite("Data Source=unused.db", o => o.MigrationsHistoryTable(ServerDbContext.MigrationsHistoryTable)).Options);
        Assert.False(db.Database.HasPendingModelChanges(), "The server's model changed without a SQLite migration.");
    }

    [Fact]
    public void ServerModel_Postgres_HasAMigrationForEveryChange()
    {
        using var db = new PostgresServerDbContext(new DbContextOptionsBuilder<PostgresServerDbContext>()
            .UseNpgsql("Host=unused", o => o.MigrationsHistoryTable(ServerDbContext.MigrationsHistoryTable)).Options);
        Assert.False(db.Database.HasPendingModelChanges(), "The server's model changed without a PostgreSQL migration.");
    }
}
