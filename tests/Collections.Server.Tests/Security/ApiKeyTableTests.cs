using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Security;

/// <summary>Issue 5 item 5: API keys issued and revoked by an admin, stored in the server's database.</summary>
public sealed class ApiKeyTableTests
{
    [Theory, SqliteData, PostgresData]
    public async Task IssuedKeys_NoKeyWrongScopeRevokedGood_401Or403Or2xx(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var admin = await StaffSession.SignInAsync(factory);
        var full = await CreateKeyAsync(admin, "erp-full", "cases:read", "cases:write", "payments:write", "webhooks:manage");
        var reader = await CreateKeyAsync(admin, "bi-reader", "cases:read");
        var old = await CreateKeyAsync(admin, "old-erp", "cases:read", "cases:write");
        var beforeRevocation = await StatusAsync(factory, "GET", "/api/v1/cases", old.Key);
        await (await admin.PostAsync($"/api/v1/admin/api-keys/{old.Id}/revoke", null)).ReadAsync(HttpStatusCode.OK);

        var matrix = new (string Method, string Path, string? Key, HttpStatusCode Expected)[]
        {
            ("GET", "/api/v1/cases", null, HttpStatusCode.Unauthorized),
            ("POST", "/api/v1/debtors", null, HttpStatusCode.Unauthorized),
            ("GET", "/api/v1/cases", "col_never-issued", HttpStatusCode.Unauthorized),
            ("GET", "/api/v1/cases", old.Key, HttpStatusCode.Unauthorized),
            ("POST", "/api/v1/debtors", old.Key, HttpStatusCode.Unauthorized),
            ("POST", "/api/v1/cases", reader.Key, HttpStatusCode.Forbidden),
            ("POST", $"/api/v1/invoices/{Guid.Empty}/payments", reader.Key, HttpStatusCode.Forbidden),
            ("GET", "/api/v1/webhooks", reader.Key, HttpStatusCode.Forbidden),
            ("POST", $"/api/v1/cases/{Guid.Empty}/write-off", full.Key, HttpStatusCode.Forbidden),
            ("GET", "/api/v1/cases", reader.Key, HttpStatusCode.OK),
            ("GET", "/api/v1/webhooks", full.Key, HttpStatusCode.OK),
            ("POST", "/api/v1/debtors", full.Key, HttpStatusCode.Created),
        };
        var actual = new List<string>();
        foreach (var (method, path, key, _) in matrix) actual.Add($"{method} {path} {key?[..8]}: {await StatusAsync(factory, method, path, key)}");

        Assert.Equal(HttpStatusCode.OK, beforeRevocation);
        Assert.Equal(matrix.Select(m => $"{m.Method} {m.Path} {m.Key?[..8]}: {m.Expected}"), actual);
    }

    [Theory, SqliteData, PostgresData]
    public async Task AdminApi_CollectorOrAdminScopedKeyOrAnonymous_Refused(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var admin = await StaffSession.SignInAsync(factory);
        await StaffSession.CreateUserAsync(admin, "carla@collections.local", ["collector"], ["junior-collectors"]);
        var adminScoped = await CreateKeyAsync(admin, "ops", "admin");
        using var collector = await StaffSession.SignInAsync(factory, "carla@collections.local");
        using var withKey = factory.CreateClient();
        withKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminScoped.Key);
        using var anonymous = factory.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        var statuses = new List<HttpStatusCode>
        {
            (await collector.GetAsync("/api/v1/admin/api-keys")).StatusCode,
            (await collector.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "sneaky", scopes = new[] { "admin" } })).StatusCode,
            (await collector.PostAsync($"/api/v1/admin/api-keys/{adminScoped.Id}/revoke", null)).StatusCode,
            (await withKey.GetAsync("/api/v1/admin/api-keys")).StatusCode,
            (await withKey.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "minted", scopes = new[] { "admin" } })).StatusCode,
            (await anonymous.GetAsync("/api/v1/admin/api-keys")).StatusCode,
        };

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized], statuses);
        var names = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/api-keys")).EnumerateArray().Select(k => k.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("sneaky", names);
        Assert.DoesNotContain("minted", names);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(factory, "GET", "/api/v1/cases", adminScoped.Key)); // not revoked by the collector
    }

    [Fact]
    public async Task AdminApi_CookieWriteWithoutAntiforgeryHeader_400AndNoKey()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var admin = await StaffSession.SignInAsync(factory, antiforgery: false);

        using var response = await admin.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "forged", scopes = new[] { "cases:read" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/api-keys");
        Assert.DoesNotContain(listed.EnumerateArray(), k => k.GetProperty("name").GetString() == "forged");
    }

    public static TheoryData<string, HttpStatusCode, string?> BadBodies => new()
    {
        { """{"name":"erp","scopes":["cases:read","cases:everything"]}""", HttpStatusCode.BadRequest, "scopes[1]" },
        { """{"name":"erp","scopes":[]}""", HttpStatusCode.BadRequest, "scopes" },
        { """{"name":"erp"}""", HttpStatusCode.BadRequest, "scopes" },
        { """{"name":"erp connector","scopes":["cases:read"]}""", HttpStatusCode.BadRequest, "name" },
        { """{"name":"","scopes":["cases:read"]}""", HttpStatusCode.BadRequest, "name" },
        { """{"name":"<script>alert(1)</script>","scopes":["cases:read"]}""", HttpStatusCode.BadRequest, "name" },
        { """{"name":"erp","scopes":["cases:read"],"expires":"never"}""", HttpStatusCode.BadRequest, "expires" },
        { """{"name":"erp","scopes":"cases:read"}""", HttpStatusCode.BadRequest, "scopes" },
        { """{"name":"integrator","scopes":["cases:read"]}""", HttpStatusCode.Conflict, null }, // a configured key's name
        { """{"name":"taken","scopes":["cases:read"]}""", HttpStatusCode.Conflict, null },
    };

    [Theory, MemberData(nameof(BadBodies))]
    public async Task CreateKey_BadInput_ProblemNamingTheFieldAndNothingStored(string body, HttpStatusCode expected, string? field)
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var admin = await StaffSession.SignInAsync(factory);
        await CreateKeyAsync(admin, "taken", "cases:read");

        using var response = await admin.PostAsync("/api/v1/admin/api-keys", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (field is not null) Assert.Equal(field, problem.GetProperty("field").GetString());
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/api-keys");
        Assert.Single(listed.EnumerateArray(), k => k.GetProperty("source").GetString() == "database");
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListKeys_AfterUseAndRevocation_ShowsPrefixScopesWhoAndWhenButNoSecret(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var admin = await StaffSession.SignInAsync(factory);
        var key = await CreateKeyAsync(admin, "erp", "cases:read", "payments:write");
        await StatusAsync(factory, "GET", "/api/v1/cases", key.Key);
        await (await admin.PostAsync($"/api/v1/admin/api-keys/{key.Id}/revoke", null)).ReadAsync(HttpStatusCode.OK);

        using var response = await admin.GetAsync("/api/v1/admin/api-keys");
        var text = await response.Content.ReadAsStringAsync();

        var keys = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        var stored = Assert.Single(keys, k => k.GetProperty("source").GetString() == "database");
        Assert.Equal("erp", stored.GetProperty("name").GetString());
        Assert.Equal(key.Key[..12], stored.GetProperty("prefix").GetString());
        Assert.Equal(["cases:read", "payments:write"], stored.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(DomainApiFactory.AdminEmail, stored.GetProperty("createdBy").GetString());
        Assert.Equal(DomainApiFactory.Start, stored.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(DomainApiFactory.Start, stored.GetProperty("lastUsedAt").GetDateTimeOffset());
        Assert.Equal(DomainApiFactory.AdminEmail, stored.GetProperty("revokedBy").GetString());
        Assert.DoesNotContain(key.Key, text);
        Assert.Contains(keys, k => k.GetProperty("source").GetString() == "configuration" && k.GetProperty("name").GetString() == "integrator"
            && k.GetProperty("id").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task KeyUse_ManyRequests_LastUsedWrittenAtMostOncePerInterval()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");
        using var admin = await StaffSession.SignInAsync(factory);
        var key = await CreateKeyAsync(admin, "erp", "cases:read");
        var seen = new List<DateTimeOffset?>();

        foreach (var wait in new[] { 0, 30, 31 })
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(wait));
            await StatusAsync(factory, "GET", "/api/v1/cases", key.Key);
            var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/api-keys");
            seen.Add(listed.EnumerateArray().Single(k => k.GetProperty("name").GetString() == "erp").GetProperty("lastUsedAt").GetDateTimeOffset());
        }

        Assert.Equal([DomainApiFactory.Start, DomainApiFactory.Start, DomainApiFactory.Start.AddSeconds(61)], seen);
    }

    [Fact]
    public async Task RateLimit_IssuedKeys_EachKeyHasItsOwnBucket()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite", new Dictionary<string, string?>
        {
            ["Collections:Domain:RateLimit:PermitsPerSecond"] = "1",
            ["Collections:Domain:RateLimit:Burst"] = "2",
        });
        using var admin = await StaffSession.SignInAsync(factory);
        var busy = await CreateKeyAsync(admin, "busy", "cases:read");
        var quiet = await CreateKeyAsync(admin, "quiet", "cases:read");

        var busyStatuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++) busyStatuses.Add(await StatusAsync(factory, "GET", "/api/v1/cases", busy.Key));
        var quietStatus = await StatusAsync(factory, "GET", "/api/v1/cases", quiet.Key);

        Assert.Contains(HttpStatusCode.TooManyRequests, busyStatuses);
        Assert.Equal(HttpStatusCode.OK, quietStatus);
    }

    internal static async Task<(Guid Id, string Key)> CreateKeyAsync(HttpClient admin, string name, params string[] scopes)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/admin/api-keys", new { name, scopes });
        var created = await response.ReadAsync(HttpStatusCode.Created);
        return (created.GetProperty("apiKey").GetProperty("id").GetGuid(), created.GetProperty("key").GetString()!);
    }

    internal static async Task<HttpStatusCode> StatusAsync(DomainApiFactory factory, string method, string path, string? key)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            var body = path.EndsWith("/payments", StringComparison.Ordinal) ? """{"amount":1,"currency":"MXN","reference":"R"}"""
                : path.EndsWith("/write-off", StringComparison.Ordinal) ? """{"reason":"test"}"""
                : path == "/api/v1/debtors" ? """{"externalId":"D-KEY","name":"Ferretería López","language":"es","timeZone":"America/Mexico_City","country":"MX"}"""
                : "{}";
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
