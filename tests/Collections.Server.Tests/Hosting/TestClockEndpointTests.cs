using System.Net;
using System.Text;
using Collections.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Hosting;

/// <summary>Issue 8: the browser tests' clock endpoint exists only in the E2E environment.</summary>
public sealed class TestClockEndpointTests
{
    [Theory]
    [InlineData("Testing")]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task AdvanceClock_OutsideE2E_IsNotFoundAndClockIsSystem(string environment)
    {
        await using var factory = new EnvironmentServerFactory(environment);
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/test/clock/advance", new StringContent("\"P7D\"", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Same(TimeProvider.System, factory.Services.GetRequiredService<TimeProvider>());
    }

    /// <summary>The server on a SQLite file in the given ASP.NET environment.</summary>
    private sealed class EnvironmentServerFactory(string environment) : WebApplicationFactory<Program>
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("collections-clock-tests-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Collections:Database:Provider"] = "sqlite",
                ["Collections:Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "collections.db")}",
                ["Collections:Workflows:Path"] = _folder,
                ["Collections:Workflows:DeployOnStart"] = "false",
                ["Collections:Jobs:Enabled"] = "false",
                ["Collections:Outreach:Workers:Enabled"] = "false",
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Collections:ApiKeys:0:Name"] = "tests",
                ["Collections:ApiKeys:0:Hash"] = TestApiKeys.AdminHash,
                ["Collections:ApiKeys:0:Scopes:0"] = "admin",
            }));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A SQLite file still held open; the temp folder is cleaned by the OS.
            }
        }
    }
}
