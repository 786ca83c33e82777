using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>
/// The real server on a real Kestrel listener on a free loopback port (environment <c>E2E</c>), over a SQLite file in a
/// temp folder or a fresh database in the PostgreSQL that <c>./test.sh</c> starts. The workflows folder holds the
/// "Call debtor" process, deployed at start; the fixture creates a collector and a process owner through the admin API.
/// </summary>
public sealed class E2EServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("collections-e2e-").FullName;
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly string? _postgresDatabase;
    private readonly IReadOnlyDictionary<string, string?>? _demoSettings;

    private E2EServer(string provider, string connectionString, string? postgresDatabase, IReadOnlyDictionary<string, string?>? demoSettings = null)
    {
        _provider = provider;
        _connectionString = connectionString;
        _postgresDatabase = postgresDatabase;
        _demoSettings = demoSettings;
        Port = FreePort();
        if (demoSettings is null)
        {
            File.WriteAllText(Path.Combine(_folder, "e2e-call.bpmn"), E2EBpmn.CallCase);
            File.WriteAllText(Path.Combine(_folder, "e2e-collection.bpmn"), E2EBpmn.CallDebtor);
            File.WriteAllText(Path.Combine(_folder, "e2e-dunning.bpmn"), E2EDunningBpmn.Original());
        }

        this.UseKestrel(Port);
    }

    public int Port { get; }

    /// <summary>The demo's staff accounts when this server runs on a seeded demo database (<see cref="StartDemoAsync"/>).</summary>
    internal IReadOnlyList<Collections.Server.Cli.Demo.DemoAccount> DemoAccounts { get; private set; } = [];

    public bool IsDemo => _demoSettings is not null;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string Provider => _provider;

    /// <summary>This server's own e-mail outbox folder (the embedded default's; SMS in its <c>sms</c> subfolder).</summary>
    public string OutboxDirectory => Path.Combine(_folder, "outbox");

    public static async Task<E2EServer> StartAsync(string provider)
    {
        E2EServer server;
        if (provider == "postgres")
        {
            var admin = Environment.GetEnvironmentVariable(E2EDatabases.PostgresVariable)
                ?? throw new InvalidOperationException($"{E2EDatabases.PostgresVariable} is not set.");
            var database = $"collections_e2e_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
                await create.ExecuteNonQueryAsync();
            }

            server = new E2EServer(provider, new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString, database);
        }
        else
        {
            var folder = Directory.CreateTempSubdirectory("collections-e2e-db-").FullName;
            server = new E2EServer(provider, $"Data Source={Path.Combine(folder, "collections.db")}", null);
        }

        server.StartServer();
        using var admin2 = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password);
        await CreateUserAsync(admin2, StaffAccounts.Collector, "Carla Cobradora", ["collector"], ["junior-collectors"]);
        await CreateUserAsync(admin2, StaffAccounts.ProcessOwner, "Pablo Procesos", ["process-owner"], []);
        return server;
    }

    /// <summary>
    /// The server on a SQLite demo database seeded as <c>demo</c> seeds it (the shipped playbook over six simulated
    /// weeks, one debtor per story), for the README's screenshots of a populated product.
    /// </summary>
    public static async Task<E2EServer> StartDemoAsync()
    {
        var folder = Directory.CreateTempSubdirectory("collections-e2e-demo-").FullName;
        var settings = Collections.Server.Cli.Demo.DemoHost.ServerSettings("sqlite", $"Data Source={Path.Combine(folder, "collections.db")}", Path.Combine(folder, "outbox"));
        var accounts = await Collections.Server.Cli.Demo.DemoCommand.SeedAsync(
            new Collections.Server.Cli.Demo.DemoOptions { Debtors = Collections.Server.Cli.Demo.DemoCast.MinimumDebtors }, settings, TextWriter.Null, CancellationToken.None);
        var server = new E2EServer("sqlite", settings["Collections:Database:ConnectionString"]!, null, settings) { DemoAccounts = accounts };
        server.StartServer();
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("E2E");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Collections:Database:Provider"] = _provider,
            ["Collections:Database:ConnectionString"] = _connectionString,
            ["Collections:Workflows:Path"] = _folder,
            ["Collections:Workflows:DeployOnStart"] = "true",
            ["Collections:Admin:Email"] = StaffAccounts.Admin,
            ["Collections:Admin:Password"] = StaffAccounts.Password,
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Collections:Outreach:Email:OutboxDirectory"] = Path.Combine(_folder, "outbox"),
            ["Collections:Outreach:Sms:OutboxDirectory"] = Path.Combine(_folder, "outbox", "sms"),
            ["Collections:ApiKeys:0:Name"] = "e2e-admin",
            ["Collections:ApiKeys:0:Hash"] = Collections.Server.Security.ApiKeyHasher.Hash(StaffAccounts.AdminApiKey),
            ["Collections:ApiKeys:0:Scopes:0"] = "admin",
            ["Collections:ApiKeys:1:Name"] = "e2e-worker",
            ["Collections:ApiKeys:1:Hash"] = Collections.Server.Security.ApiKeyHasher.Hash(StaffAccounts.WorkerApiKey),
            ["Collections:ApiKeys:1:Scopes:0"] = "external-tasks",
        }));
        if (_demoSettings is not null)
        {
            // The demo's own settings (outbox, sample company) and the repository's playbook, already deployed by the seeding.
            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(
                new Dictionary<string, string?>(_demoSettings) { ["Collections:Workflows:Path"] = RepositoryWorkflows() }));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(E2EDatabases.PostgresVariable));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static async Task CreateUserAsync(StaffApiClient admin, string email, string name, string[] roles, string[] groups)
    {
        using var response = await admin.PostJsonAsync("/api/v1/admin/users",
            new { email, password = StaffAccounts.Password, displayName = name, roles, groups });
        response.EnsureSuccessStatusCode();
    }

    private static string RepositoryWorkflows()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Collections.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("No Collections.sln above the test's folder."), "workflows");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
