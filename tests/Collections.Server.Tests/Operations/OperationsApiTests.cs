using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Tests.Infrastructure;

namespace Collections.Server.Tests.Operations;

/// <summary>/api/v1/operations and /metrics need a key with the admin scope (issue 4, item 4).</summary>
public sealed class OperationsApiTests(CollectionsServerFactory factory) : IClassFixture<CollectionsServerFactory>
{
    [Fact]
    public async Task Jobs_WorkerKeyWithoutAdminScope_Returns403()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestApiKeys.Worker);

        using var response = await client.GetAsync("/api/v1/operations/jobs");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Jobs_AdminKey_ReturnsCountsAndThisNode()
    {
        using var client = factory.CreateAdminClient();

        var overview = await client.GetFromJsonAsync<JsonElement>("/api/v1/operations/jobs");

        Assert.Equal(0, overview.GetProperty("due").GetInt64());
        Assert.False(string.IsNullOrEmpty(overview.GetProperty("thisNode").GetProperty("lockOwner").GetString()));
    }

    [Fact]
    public async Task JobsByState_UnknownState_Returns404()
    {
        using var client = factory.CreateAdminClient();

        using var response = await client.GetAsync("/api/v1/operations/jobs/sideways");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_AdminKey_ServesPrometheusTextWithInstanceGauge()
    {
        using var client = factory.CreateAdminClient();
        // One acquisition records the histogram now, instead of waiting for the background executor's first poll.
        await factory.Services.GetRequiredService<Collections.Engine.Api.IProcessEngine>().ExecuteDueJobsAsync(default);
        using (await client.GetAsync("/metrics")) { } // the first scrape samples the instance counts

        var text = await client.GetStringAsync("/metrics");

        Assert.Contains("collections_jobs_acquisition_duration", text);
    }

    [Fact]
    public async Task Metrics_NoKey_Returns401()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
