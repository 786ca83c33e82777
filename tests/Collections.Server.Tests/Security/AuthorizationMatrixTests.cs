using System.Net;
using System.Text.Json;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Security;

/// <summary>
/// The authorization matrix (docs/security.md, "Authorization matrix"): every operation of <c>/openapi/v1.json</c>
/// called by every principal (anonymous, a key per scope, an account per staff role) with placeholder ids and a minimal
/// body, against the table in <see cref="AuthorizationMatrix"/> (on SQLite); then the object-level rows on real tasks
/// (SQLite and PostgreSQL). Nobody ever gets a 500.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    [Fact]
    public async Task Table_OpenApiDocument_OneRowPerOperationAndNoOther()
    {
        await using var server = await MatrixServer.StartAsync("sqlite");

        var documented = (await OperationsAsync(server)).Select(o => o.Name).ToHashSet();

        var missing = documented.Where(o => AuthorizationMatrix.Find(o) is null).ToList();
        var stale = AuthorizationMatrix.Rows.Where(r => !r.OutsideDocument && !documented.Contains(r.Operation)).Select(r => r.Operation).ToList();
        var twice = AuthorizationMatrix.Rows.GroupBy(r => r.Operation).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(missing.Count == 0, "Operations without a row in AuthorizationMatrix.Rows (say who may call them):\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "Rows of AuthorizationMatrix.Rows whose operation no longer exists:\n" + string.Join("\n", stale));
        Assert.True(twice.Count == 0, "Operations with more than one row:\n" + string.Join("\n", twice));
    }

    /// <summary>SQLite only: about 1,600 calls take over a minute on the shared 2-core machine, and authorization
    /// does not depend on the database (the object-level rows below run on both).</summary>
    [Fact]
    public async Task EveryOperation_EveryPrincipal_AsTheTableSaysAndNever500()
    {
        await using var server = await MatrixServer.StartAsync("sqlite");
        var operations = await OperationsAsync(server);
        // Signing out last: it changes the account's security stamp.
        var ordered = operations.Where(o => AuthorizationMatrix.Find(o.Name) is not null).OrderBy(o => o.Name == "POST /api/v1/auth/logout").ToList();

        var failures = new List<string>();
        foreach (var operation in ordered)
        {
            var row = AuthorizationMatrix.Find(operation.Name)!;
            foreach (var principal in AuthorizationMatrix.Principals)
            {
                using var response = await server.SendAsync(operation, server.Principals[principal]);
                var actual = Classify(response.StatusCode);
                var expected = row.Expected(principal);
                if (response.StatusCode == HttpStatusCode.InternalServerError || actual != expected)
                {
                    failures.Add($"{operation.Name} as {principal}: expected {expected}, got {(int)response.StatusCode} {await Excerpt(response)}");
                }
            }
        }

        Assert.True(ordered.Count * AuthorizationMatrix.Principals.Count > 1000, "The matrix shrank: is the OpenAPI document complete?");
        Assert.True(failures.Count == 0, $"{failures.Count} of {ordered.Count * AuthorizationMatrix.Principals.Count} calls differ from AuthorizationMatrix:\n" + string.Join("\n", failures));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ObjectRows_RealTasks_ExactStatusAndCode(string database)
    {
        await using var server = await MatrixServer.StartAsync(database, ObjectScenarios.Processes);
        await ObjectScenarios.CreateAccountsAsync(server);

        var failures = new List<string>();
        foreach (var row in AuthorizationMatrix.ObjectRows)
        {
            var task = await ObjectScenarios.TaskAsync(server, row.Scenario);
            var principal = server.Principals.TryGetValue(row.Principal, out var known) ? known : await MatrixServer.SignInAsync(server.Factory, row.Principal);
            var method = row.Operation[..row.Operation.IndexOf(' ', StringComparison.Ordinal)];
            var path = row.Operation[(method.Length + 1)..].Replace("{id}", task.ToString(), StringComparison.Ordinal);

            using var response = await server.SendAsync(method, path, row.Body, principal);

            var body = await response.Content.ReadAsStringAsync();
            var code = body.StartsWith('{') && JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
            if ((int)response.StatusCode != row.Status || (row.Code is not null && code != row.Code))
            {
                failures.Add($"{row}: expected {row.Status} {row.Code}, got {(int)response.StatusCode} {code} {body[..Math.Min(body.Length, 200)]}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void SecurityDoc_AuthorizationMatrixSection_IsTheRenderedTable()
    {
        var file = Path.Combine(RepositoryRoot(), "docs", "security.md");
        var markdown = File.ReadAllText(file);
        var expected = AuthorizationMatrixMarkdown.Render();
        if (Environment.GetEnvironmentVariable("COLLECTIONS_UPDATE_DOCS") == "1" && AuthorizationMatrixMarkdown.Section(markdown) is not null)
        {
            File.WriteAllText(file, AuthorizationMatrixMarkdown.Replace(markdown, expected));
            markdown = File.ReadAllText(file);
        }

        var section = AuthorizationMatrixMarkdown.Section(markdown);

        Assert.True(section is not null, $"docs/security.md lacks the markers {AuthorizationMatrixMarkdown.Start} and {AuthorizationMatrixMarkdown.End}.");
        Assert.True(section == expected, "docs/security.md's authorization matrix differs from AuthorizationMatrix.cs; run with COLLECTIONS_UPDATE_DOCS=1 or paste:\n" + expected);
    }

    internal static async Task<IReadOnlyList<OpenApiOperation>> OperationsAsync(MatrixServer server)
    {
        using var response = await server.SendAsync("GET", "/openapi/v1.json", null, server.Principals[MatrixPrincipal.Anonymous]);
        var document = (await response.ReadAsync(HttpStatusCode.OK)).Clone();
        var empty = JsonDocument.Parse("{}").RootElement;
        return
        [
            .. OpenApiOperation.All(document),
            .. AuthorizationMatrix.Rows.Where(r => r.OutsideDocument).Select(r => new OpenApiOperation(r.Method, r.Path, empty, document)),
        ];
    }

    private static MatrixOutcome Classify(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => MatrixOutcome.Denied401,
        HttpStatusCode.Forbidden => MatrixOutcome.Denied403,
        _ => MatrixOutcome.Allowed,
    };

    private static async Task<string> Excerpt(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body[..Math.Min(body.Length, 300)];
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Collections.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Collections.sln not found above the test assembly.");
    }
}
