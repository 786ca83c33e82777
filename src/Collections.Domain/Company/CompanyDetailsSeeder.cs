using Collections.Domain.Outreach.Templates;
using Collections.Domain.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Company;

/// <summary>
/// At start, after the migrations: configuration (<c>Collections:Outreach:Templates:Company</c>) fills an empty store.
/// Values an admin saved are never overwritten; when configuration differs from them, a warning says the saved values
/// win. Values still as seeded (no admin saved them) follow configuration, so an operator's appsettings change applies.
/// </summary>
public sealed partial class CompanyDetailsSeeder(IOptions<OutreachTemplateOptions> options, TimeProvider time, ILogger<CompanyDetailsSeeder> logger)
{
    public async Task SeedAsync(DomainDbContext db, CancellationToken cancellationToken)
    {
        var configured = options.Value.Company;
        var values = configured.ToValues();
        var stored = await CompanyDetailsStore.FindAsync(db, cancellationToken);
        if (stored is null)
        {
            if (values.SameAs(CompanyDetailsValues.Empty)) return;
            db.CompanyDetails.Add(new CompanyDetails(values, configured.Example, time.GetUtcNow(), by: null));
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, configured.Example);
            return;
        }

        if (values.SameAs(stored.Values) || values.SameAs(CompanyDetailsValues.Empty)) return;
        if (stored.UpdatedBy is { } admin)
        {
            LogAdminValuesWin(logger, admin, stored.UpdatedAt);
            return;
        }

        stored.Apply(values, configured.Example, time.GetUtcNow(), by: null);
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, configured.Example);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Company details seeded from configuration (example values: {Example})")]
    private static partial void LogSeeded(ILogger logger, bool example);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Company details in configuration (Collections:Outreach:Templates:Company) differ from the ones {Admin} saved at {SavedAt}; the saved values win. Change them on the admin page.")]
    private static partial void LogAdminValuesWin(ILogger logger, string admin, DateTimeOffset savedAt);
}
