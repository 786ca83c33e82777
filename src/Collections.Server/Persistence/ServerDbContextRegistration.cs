using Collections.Engine.Configuration;
using Collections.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Collections.Server.Persistence;

/// <summary>Registers the provider's <see cref="ServerDbContext"/> on the engine's connection (<c>Collections:Database</c>).</summary>
internal static class ServerDbContextRegistration
{
    public static IServiceCollection AddServerDbContext(this IServiceCollection services)
    {
        services.AddDbContext<SqliteServerDbContext>((sp, o) =>
            o.SkipModelCheck().UseSqlite(Connection(sp), s => s.MigrationsHistoryTable(ServerDbContext.MigrationsHistoryTable)));
        services.AddDbContext<PostgresServerDbContext>((sp, o) =>
            o.SkipModelCheck().UseNpgsql(Connection(sp), s => s.MigrationsHistoryTable(ServerDbContext.MigrationsHistoryTable)));
        services.AddScoped<ServerDbContext>(sp => IsPostgres(sp)
            ? sp.GetRequiredService<PostgresServerDbContext>()
            : sp.GetRequiredService<SqliteServerDbContext>());
        return services;
    }

    private static string Connection(IServiceProvider services) =>
        services.GetRequiredService<IOptions<EngineOptions>>().Value.ConnectionString;

    private static bool IsPostgres(IServiceProvider services) =>
        string.Equals(services.GetRequiredService<IOptions<EngineOptions>>().Value.Provider.Trim(), DatabaseProviders.Postgres,
            StringComparison.OrdinalIgnoreCase);
}
