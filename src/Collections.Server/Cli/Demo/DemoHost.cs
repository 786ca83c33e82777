using Collections.Server.Testing;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Cli.Demo;

/// <summary>
/// The settings a demo server runs with (its database, its outbox, the sample company) and the seeding host: the real
/// server's services on a <see cref="TestClock"/> in the past, with every background loop off (the seeder runs them
/// step by step) and Kestrel on a throwaway loopback port.
/// </summary>
internal static class DemoHost
{
    /// <summary>The sample company the demo's messages are signed with; clearly not a real one.</summary>
    public const string CompanyName = "Demo Company (sample data)";

    public static Dictionary<string, string?> ServerSettings(string provider, string connectionString, string outbox) => new()
    {
        ["Collections:Database:Provider"] = provider,
        ["Collections:Database:ConnectionString"] = connectionString,
        ["Collections:Outreach:Email:OutboxDirectory"] = outbox,
        ["Collections:Outreach:Sms:OutboxDirectory"] = Path.Combine(outbox, "sms"),
        ["Collections:Outreach:Email:FromName"] = CompanyName,
        ["Collections:Outreach:Email:FromAddress"] = "cobranza@demo-company.example",
        ["Collections:Outreach:Templates:Company:Name"] = CompanyName,
        ["Collections:Outreach:Templates:Company:Phone"] = "+1 212 555 0100",
        ["Collections:Outreach:Templates:Company:Email"] = "cobranza@demo-company.example",
        ["Collections:Outreach:Templates:Company:TaxId"] = "DEMO-000000",
        ["Collections:Outreach:Templates:Company:Payment:COP"] = "https://pay.demo-company.example/cop",
        ["Collections:Outreach:Templates:Company:Payment:MXN"] = "https://pay.demo-company.example/mxn",
        ["Collections:Outreach:Templates:Company:Payment:EUR"] = "https://pay.demo-company.example/eur",
        ["Collections:Outreach:Templates:Company:Payment:USD"] = "https://pay.demo-company.example/usd",
        ["Collections:Outreach:Templates:Company:Address"] = "1 Demo Street, Bogotá",
        ["Collections:Outreach:Templates:Company:Signature"] = CompanyName,
        ["Collections:Outreach:Templates:Company:Example"] = "true",
    };

    /// <summary>Builds and starts the seeding host: migrations, the playbook's deployment and the demo admin happen here.</summary>
    public static async Task<WebApplication> StartSeedingAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string?> serverSettings,
        DemoAccount admin, TestClock clock, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(args.ToArray());
        var settings = new Dictionary<string, string?>(serverSettings)
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Collections:Jobs:Enabled"] = "false",
            ["Collections:Domain:Cases:ScannerEnabled"] = "false",
            ["Collections:Domain:Webhooks:DispatcherEnabled"] = "false",
            ["Collections:Outreach:Workers:Enabled"] = "false",
            ["Collections:Workflows:DeployOnStart"] = "true",
            ["Collections:Admin:Email"] = admin.Email,
            ["Collections:Admin:Password"] = admin.Password,
        };
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCollectionsServer();
        // The seeding host's start-up is not the demo server's: only errors on the console, then the demo's own lines.
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Error";
        builder.Configuration["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Error";
        builder.Services.AddSingleton<TimeProvider>(clock); // registered last, so every service reads the demo's clock
        var app = builder.Build();
        // The server's own tables first: the cookie key ring is read at start, before the staff start-up would migrate them.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Collections.Server.Persistence.ServerDbContext>().Database.MigrateAsync(cancellationToken);
        }

        await app.StartAsync(cancellationToken);
        return app;
    }
}
