using Collections.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Tests.Persistence;

/// <summary>
/// A model change without its migration would leave a new node's schema behind its code. The server no longer asks this
/// at every start (<see cref="ModelCheckAtMigration"/>), so it is asked here, once per provider.
/// </summary>
public sealed class MigrationCompletenessTests
{
    [Fact]
    public void EngineModel_Sqlite_HasAMigrationForEveryChange()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The engine's model changed without a SQLite migration: run dotnet ef migrations add.");
    }

    [Fact]
    public void EngineModel_Postgres_HasAMigrationForEveryChange()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The engine's model changed without a PostgreSQL migration: run dotnet ef migrations add.");
    }
}
