using System.Net.Http.Json;
using System.Text.Json;
using Collections.Domain.Scheduling;
using Collections.Domain.Webhooks;
using Collections.Engine.Api;
using Collections.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Collections.Server.Tests.Domain;

/// <summary>
/// The server on a fresh SQLite file or a fresh PostgreSQL database, with a <see cref="FakeTimeProvider"/> and every
/// background loop off: tests move the clock and run due work themselves (<see cref="AdvanceAsync"/>). Webhook
/// deliveries go to <see cref="Receiver"/>, a fake handler at the outside edge.
/// </summary>
public sealed class DomainApiFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The first admin the server creates at start (<see cref="StaffSession"/> signs in with it).</summary>
    public const string AdminEmail = "admin@collections.local";

    public const string AdminPassword = "Admin-Pass-2026!";

    private readonly string _folder = Directory.CreateTempSubdirectory("collections-domain-tests-").FullName;
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly Dictionary<string, string?> _settings;
    private Action<IServiceCollection>? _testServices;

    private DomainApiFactory(string provider, string connectionString, Dictionary<string, string?>? settings)
    {
        _provider = provider;
        _connectionString = connectionString;
        _settings = settings ?? [];
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>sqlite or postgres, and the database this server runs on (another node or the CLI can join it).</summary>
    public string Provider => _provider;

    public string ConnectionString => _connectionString;

    public FakeWebhookReceiver Receiver { get; } = new();

    public static Task<DomainApiFactory> CreateAsync(string database, Dictionary<string, string?>? settings = null, params string[] bpmn) =>
        CreateAsync(database, settings, null, bpmn);

    /// <summary>As above, with services replaced at the outside edges (a fake provider, a crash seam).</summary>
    public static async Task<DomainApiFactory> CreateAsync(string database, Dictionary<string, string?>? settings, Action<IServiceCollection>? services, params string[] bpmn)
    {
        var factory = new DomainApiFactory(database, await MigratedDatabases.CreateAsync(database), settings) { _testServices = services };
        _ = factory.Server; // start: the schema is in place, migrations find nothing to apply
        foreach (var xml in bpmn.Length == 0 ? [TestPlaybook.Xml] : bpmn)
        {
            await factory.Engine.DeployAsync(new DeploymentRequest($"{Guid.NewGuid():N}.bpmn", xml), CancellationToken.None);
        }

        return factory;
    }

    /// <summary>A connection string to a new, empty database: a SQLite file in a temp folder or a PostgreSQL database.</summary>
    public static async Task<string> FreshDatabaseAsync(string database)
    {
        if (database != "postgres")
        {
            return $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("collections-domain-db-").FullName, "collections.db")}";
        }

        var server = TestDatabases.PostgresConnectionString ?? throw new InvalidOperationException("COLLECTIONS_TEST_POSTGRES is not set.");
        var name = "domain_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>A server node on an existing database, not started yet (nothing deployed): several may share one database.</summary>
    public static DomainApiFactory Node(string database, string connectionString, Dictionary<string, string?>? settings = null) =>
        new(database, connectionString, settings);

    public IProcessEngine Engine => Services.GetRequiredService<IProcessEngine>();

    public IProcessQueries Queries => Services.GetRequiredService<IProcessQueries>();

    /// <summary>Moves the clock, then runs what fell due: the domain's scan, engine jobs, webhook deliveries.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await RunDueAsync();
    }

    public async Task RunDueAsync()
    {
        await Services.GetRequiredService<DomainClock>().RunDueAsync(CancellationToken.None);
        await Engine.ExecuteDueJobsAsync(CancellationToken.None);
        await Services.GetRequiredService<Collections.Domain.Workers.ProcessTaskWorker>().RunOnceAsync(100, CancellationToken.None);
        await Services.GetRequiredService<WebhookDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    public Task<int> DispatchWebhooksAsync() => Services.GetRequiredService<WebhookDispatcher>().DispatchDueAsync(CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) =>
        {
            var values = new Dictionary<string, string?>
            {
                ["Collections:Database:Provider"] = _provider,
                ["Collections:Database:ConnectionString"] = _connectionString,
                ["Collections:Workflows:Path"] = _folder,
                ["Collections:Workflows:DeployOnStart"] = "false",
                ["Collections:Jobs:Enabled"] = "false",
                ["Collections:Domain:Cases:ScannerEnabled"] = "false",
                ["Collections:Domain:Webhooks:DispatcherEnabled"] = "false",
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Collections:Admin:Email"] = AdminEmail,
                ["Collections:Admin:Password"] = AdminPassword,
            };
            foreach (var (key, value) in TestApiKeyConfiguration.Settings) values[key] = value;
            foreach (var (key, value) in _settings) values[key] = value;
            configuration.AddInMemoryCollection(values);
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddHttpClient(WebhookDispatcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Receiver);
            services.AddSingleton<Collections.Domain.Webhooks.Targets.IWebhookHostResolver, TestHostResolver>();
            _testServices?.Invoke(services);
        });
    }

    /// <summary>Every client sends the integrator key unless a test changes the header.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestApiKeyConfiguration.Integrator);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (_provider == "postgres")
            {
                // Every test has its own database, so its idle pooled connections would never be reused: close them
                // rather than let hundreds of tests pile up against the cluster's connection limit.
                Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(_connectionString));
            }

            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
