using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Collections.Engine.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEngineDbContext>
{
    public SqliteEngineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEngineDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Design-time factory for the PostgreSQL migrations; never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresEngineDbContext>
{
    public PostgresEngineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresEngineDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
