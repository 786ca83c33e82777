using System.Net;

namespace Collections.Server.Tests.Domain;

/// <summary>Issue 5: the integrator API is rate limited per API key, answering 429 problems.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Requests_BeyondBurst_429ProblemWithRetryAfter()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite", new Dictionary<string, string?>
        {
            ["Collections:Domain:RateLimit:PermitsPerSecond"] = "1",
            ["Collections:Domain:RateLimit:Burst"] = "2",
        });
        using var client = factory.CreateClient();

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++) statuses.Add(await client.GetAsync("/api/v1/cases"));

        var limited = statuses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited); // at most 2 + one token per elapsed second pass
        Assert.Equal("application/problem+json", limited[0].Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", limited[0].Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, statuses[0].StatusCode);
    }
}
