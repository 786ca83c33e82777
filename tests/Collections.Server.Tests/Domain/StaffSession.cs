using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Collections.Server.Tests.Domain;

/// <summary>A client signed in with the staff cookie that sends the anti-forgery header, as the UI does.</summary>
public static class StaffSession
{
    public static async Task<HttpClient> SignInAsync(DomainApiFactory factory, string email = DomainApiFactory.AdminEmail, string password = DomainApiFactory.AdminPassword, bool antiforgery = true)
    {
        var cookies = new CookieContainer();
        var client = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Authorization = null; // no API key: the cookie decides
        using (var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }))
        {
            login.EnsureSuccessStatusCode();
        }

        using (var me = await client.GetAsync("/api/v1/me"))
        {
            me.EnsureSuccessStatusCode();
        }

        if (antiforgery)
        {
            var token = cookies.GetCookies(client.BaseAddress!)["XSRF-TOKEN"]?.Value ?? throw new InvalidOperationException("No XSRF-TOKEN cookie.");
            client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", token);
        }

        return client;
    }

    /// <summary>Creates a staff account through the admin API.</summary>
    public static async Task CreateUserAsync(HttpClient admin, string email, string[] roles, string[] groups)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { email, password = DomainApiFactory.AdminPassword, displayName = email, roles, groups });
        response.EnsureSuccessStatusCode();
    }
}
