using System.Net;
using System.Text.Json;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Security;

/// <summary>
/// Odd query-string values answer 400 with a problem code, never 500: NUL, other control characters, a 4,000-character
/// string, and for typed parameters (numbers, booleans, GUIDs, dates, enums) malformed and out-of-range values. The
/// sweep covers every GET operation with query parameters in the OpenAPI document (integrator, staff, engine, admin,
/// operations and <c>/engine-rest</c>), each called by a principal the authorization matrix allows.
/// </summary>
public sealed class QueryTextSweepTests
{
    [Theory, SqliteData, PostgresData]
    public async Task EveryGetWithQueryParameters_OddValues_Never500AndRefusalsCarryACode(string database)
    {
        await using var server = await MatrixServer.StartAsync(database);
        var lists = (await AuthorizationMatrixTests.OperationsAsync(server)).Where(o => o.Method == "GET" && o.QueryParameters.Count > 0).ToList();

        var documentedCodes = File.ReadAllText(Path.Combine(AuthorizationMatrixTests.RepositoryRoot(), "docs", "api.md"));
        var failures = new List<string>();
        var calls = 0;
        foreach (var operation in lists)
        {
            var principal = server.Principals[CallerOf(AuthorizationMatrix.Find(operation.Name)!)];
            foreach (var (name, schema) in operation.QueryParameters)
            {
                foreach (var value in OddQueryValue.All)
                {
                    calls++;
                    using var response = await server.SendAsync(operation, principal, $"{name}={value.Raw}");
                    if (await FailureAsync(response, value.FitsType(schema), documentedCodes) is { } failure)
                    {
                        failures.Add($"{operation.Name}?{name}={value.Label} as {principal.Name}: {failure}");
                    }
                }
            }
        }

        Assert.True(lists.Count >= 15, $"Only {lists.Count} GET operations with query parameters: is the OpenAPI document complete?");
        Assert.True(failures.Count == 0, $"{failures.Count} of {calls} calls:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// What is wrong with the answer, or null: a 500, a 400 without a problem code or with one docs/api.md does not
    /// list, a value that does not fit the parameter's type accepted.
    /// </summary>
    private static async Task<string?> FailureAsync(HttpResponseMessage response, bool? fits, string documentedCodes)
    {
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        if (status >= 500) return $"{status} {body[..Math.Min(body.Length, 300)]}";
        if (status == 400)
        {
            var isProblem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            var code = isProblem && JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
            return code is null ? $"400 without a problem code: {body[..Math.Min(body.Length, 300)]}"
                : !documentedCodes.Contains($"`{code}`", StringComparison.Ordinal) ? $"400 with code {code}, which docs/api.md does not list"
                : null;
        }

        return fits == false && status is >= 200 and < 300 ? $"{status}: a value that is not of the parameter's type was accepted" : null;
    }

    /// <summary>An admin where one is allowed (the broadest view), else the first principal the matrix allows.</summary>
    private static string CallerOf(MatrixRow row) =>
        new[] { MatrixPrincipal.Role(Collections.Server.Security.StaffRoles.Admin), MatrixPrincipal.Key(Collections.Server.Security.ApiScopes.Admin) }
            .FirstOrDefault(row.Allowed.Contains) ?? AuthorizationMatrix.Principals.First(row.Allowed.Contains);

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

    [Theory, SqliteData, PostgresData]
    public async Task ExportAuditCsv_NulInActor_400QueryInvalidCharactersNotABrokenStream(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var admin = await StaffSession.SignInAsync(factory);

        using var response = await admin.GetAsync("/api/v1/admin/audit.csv?actor=%00");

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("query.invalid-characters", problem.GetProperty("code").GetString());
        Assert.Equal("actor", problem.GetProperty("field").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListProcessInstances_StatusANumber_400RequestInvalidValueInsteadOfMatchingNothing(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();

        using var negative = await client.GetAsync("/api/v1/process-instances?status=-1");
        using var byNumber = await client.GetAsync("/api/v1/process-instances?status=0");
        using var byName = await client.GetAsync("/api/v1/process-instances?status=Active");

        Assert.Equal("request.invalid-value", (await negative.ReadAsync(HttpStatusCode.BadRequest)).GetProperty("code").GetString());
        Assert.Equal("status", (await byNumber.ReadAsync(HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        await byName.ReadAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ListTasks_TakeNotANumberOrTooLarge_400RequestInvalidValueNamingTake()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var client = factory.CreateClient();

        using var letters = await client.GetAsync("/api/v1/tasks?take=abc");
        using var overflow = await client.GetAsync("/api/v1/tasks?take=2147483648");

        var problem = await letters.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("request.invalid-value", problem.GetProperty("code").GetString());
        Assert.Equal("take", problem.GetProperty("field").GetString());
        Assert.Equal("take", (await overflow.ReadAsync(HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }
}
