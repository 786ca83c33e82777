using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Security;
using Collections.Server.Tests.Domain;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Collections.Server.Tests.Security;

/// <summary>
/// A browser signed in with the staff cookie (its own cookie jar, the anti-forgery header on writes), whose cookie can
/// be copied to another client, as an attacker who stole it or a load balancer sending it to another node would.
/// </summary>
public sealed class SignedInBrowser(HttpClient client, CookieContainer cookies) : IDisposable
{
    public HttpClient Client => client;

    /// <summary>The sign-in cookie as a <c>Cookie</c> header value.</summary>
    public string SessionCookie => $"{StaffAuthenticationDefaults.CookieName}={cookies.GetCookies(client.BaseAddress!)[StaffAuthenticationDefaults.CookieName]!.Value}";

    public static async Task<SignedInBrowser> SignInAsync(WebApplicationFactory<Program> factory, string email = DomainApiFactory.AdminEmail, string password = DomainApiFactory.AdminPassword)
    {
        var cookies = new CookieContainer();
        var client = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Authorization = null;
        using (var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }))
        {
            Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        }

        using (var me = await client.GetAsync("/api/v1/me"))
        {
            me.EnsureSuccessStatusCode();
        }

        client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", cookies.GetCookies(client.BaseAddress!)["XSRF-TOKEN"]!.Value);
        return new SignedInBrowser(client, cookies);
    }

    /// <summary>GET <paramref name="path"/> on <paramref name="node"/> with nothing but the given cookie.</summary>
    public static async Task<HttpStatusCode> ReplayAsync(WebApplicationFactory<Program> node, string cookie, string path = "/api/v1/me")
    {
        using var replay = node.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        replay.DefaultRequestHeaders.Authorization = null;
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await replay.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The account id of <paramref name="email"/> from the admin list.</summary>
    public async Task<string> UserIdAsync(string email)
    {
        var users = await client.GetFromJsonAsync<JsonElement>("/api/v1/admin/users");
        return users.EnumerateArray().Single(u => u.GetProperty("email").GetString() == email).GetProperty("id").GetString()!;
    }

    /// <summary>Creates a collector account with <see cref="DomainApiFactory.AdminPassword"/>.</summary>
    public async Task CreateUserAsync(string email, params string[] roles)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/admin/users",
            new { email, password = DomainApiFactory.AdminPassword, displayName = email, roles = roles.Length == 0 ? ["collector"] : roles, groups = Array.Empty<string>() });
        response.EnsureSuccessStatusCode();
    }

    public static async Task<string?> CodeOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;

    public void Dispose() => client.Dispose();
}
