using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Collections.Domain.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a host.</summary>
internal sealed class SqliteDomainDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDomainDbContext>
{
    public SqliteDomainDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDomainDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(DomainDbContext.MigrationsHistoryTable)).Options);
}

/// <summary>Design-time factory for the PostgreSQL migrations; never connects.</summary>
internal sealed class PostgresDomainDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDomainDbContext>
{
    public PostgresDomainDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDomainDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(DomainDbContext.MigrationsHistoryTable)).Options);
}
