using Collections.Engine.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Persistence;

/// <summary>Applies the domain's migrations (and seeds the company details) at start, before the scanner and dispatcher run (hosted services start in order).</summary>
internal sealed class DomainDatabase(DomainDbContextFactory factory, IOptions<EngineOptions> database, Company.CompanyDetailsSeeder companyDetails) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var startup = await StartupLock.AcquireAsync(database.Value, cancellationToken);
        await using var db = factory.Create();
        await db.Database.MigrateAsync(cancellationToken);
        await companyDetails.SeedAsync(db, cancellationToken); // under the lock: two nodes starting together seed once
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
