using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Collections.Server.Persistence;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteServerDbContext</c> build the context without a host.</summary>
internal sealed class SqliteServerDesignTimeFactory : IDesignTimeDbContextFactory<SqliteServerDbContext>
{
    public SqliteServerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteServerDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(ServerDbContext.MigrationsHistoryTable)).Options);
}

/// <summary>Design-time factory for the PostgreSQL migrations; never connects.</summary>
internal sealed class PostgresServerDesignTimeFactory : IDesignTimeDbContextFactory<PostgresServerDbContext>
{
    public PostgresServerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresServerDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(ServerDbContext.MigrationsHistoryTable)).Options);
}
