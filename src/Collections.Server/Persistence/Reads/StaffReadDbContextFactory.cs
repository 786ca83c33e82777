using Collections.Engine.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Collections.Server.Persistence.Reads;

/// <summary>Pooled read contexts on the engine's database (<c>Collections:Database</c>); no tracking, no writes.</summary>
internal sealed class StaffReadDbContextFactory
{
    private readonly Func<StaffReadDbContext> _create;

    public StaffReadDbContextFactory(IOptions<EngineOptions> options)
    {
        var settings = options.Value;
        if (string.Equals(settings.Provider.Trim(), DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            var pool = new PooledDbContextFactory<PostgresStaffReadDbContext>(new DbContextOptionsBuilder<PostgresStaffReadDbContext>()
                .UseNpgsql(settings.ConnectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options);
            _create = pool.CreateDbContext;
        }
        else
        {
            var pool = new PooledDbContextFactory<SqliteStaffReadDbContext>(new DbContextOptionsBuilder<SqliteStaffReadDbContext>()
                .UseSqlite(settings.ConnectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options);
            _create = pool.CreateDbContext;
        }
    }

    public StaffReadDbContext Create() => _create();
}
