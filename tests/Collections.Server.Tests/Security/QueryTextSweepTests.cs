using System.Net;
using System.Text.Json;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Security;

/// <summary>
/// Odd query-string values on the engine API's list endpoints (every query parameter the OpenAPI document declares for
/// them) answer 400 with a problem code, never 500: NUL, other control characters, a 4,000-character string.
/// </summary>
public sealed class QueryTextSweepTests
{
    private static readonly string[] OddValues = ["%00", "%01%1F", "a%0Ab", new string('x', 4000)];

    [Theory, SqliteData, PostgresData]
    public async Task EngineListEndpoints_OddQueryText_400WithCodeNever500(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var lists = new[] { "/api/v1/tasks", "/api/v1/process-instances", "/api/v1/process-definitions", "/api/v1/incidents" };

        var failures = new List<string>();
        foreach (var path in lists)
        {
            var get = document.GetProperty("paths").GetProperty(path).GetProperty("get");
            var names = get.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList()
                : [];
            foreach (var name in names)
            {
                foreach (var value in OddValues)
                {
                    using var response = await client.GetAsync($"{path}?{name}={value}");
                    var body = await response.Content.ReadAsStringAsync();
                    var code = response.StatusCode == HttpStatusCode.BadRequest && body.Length > 0
                        ? JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var c) ? c.GetString() : null : null;
                    if (response.StatusCode != HttpStatusCode.OK && code is null) failures.Add($"GET {path}?{name}={value[..Math.Min(value.Length, 12)]}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task ListTasks_NulCandidateUser_400QueryInvalidCharacters()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/tasks?candidateUser=%00");

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("query.invalid-characters", problem.GetProperty("code").GetString());
        Assert.Equal("candidateUser", problem.GetProperty("field").GetString());
    }
}
