using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Collections.Server.Tests.Infrastructure;

/// <summary>
/// The server over a real database: a SQLite file in a temp folder, or the PostgreSQL that <c>./test.sh</c> starts.
/// Deploys nothing at start; tests deploy what they need.
/// </summary>
public sealed class CollectionsServerFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("collections-server-tests-").FullName;
    private readonly string _provider;
    private readonly string _connectionString;

    public CollectionsServerFactory()
        : this("sqlite", null)
    {
    }

    private CollectionsServerFactory(string provider, string? connectionString)
    {
        _provider = provider;
        _connectionString = connectionString ?? $"Data Source={Path.Combine(_folder, "collections.db")}";
    }

    /// <summary>A client that sends the test key with every scope as a bearer token.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestApiKeys.Admin);
        return client;
    }

    public static CollectionsServerFactory ForPostgres() =>
        new("postgres", TestDatabases.PostgresConnectionString ?? throw new InvalidOperationException("COLLECTIONS_TEST_POSTGRES is not set."));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Added last, so these win over the server's and the repository's appsettings.json.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Collections:Database:Provider"] = _provider,
            ["Collections:Database:ConnectionString"] = _connectionString,
            ["Collections:Workflows:Path"] = _folder,
            ["Collections:Workflows:DeployOnStart"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Collections:ApiKeys:0:Name"] = "tests",
            ["Collections:ApiKeys:0:Hash"] = TestApiKeys.AdminHash,
            ["Collections:ApiKeys:0:Scopes:0"] = "external-tasks",
            ["Collections:ApiKeys:0:Scopes:1"] = "admin",
            ["Collections:ApiKeys:1:Name"] = "worker",
            ["Collections:ApiKeys:1:Hash"] = TestApiKeys.WorkerHash,
            ["Collections:ApiKeys:1:Scopes:0"] = "external-tasks",
        }));
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
                // A SQLite file still held open on some platforms; the temp folder is cleaned by the OS.
            }
        }
    }
}
