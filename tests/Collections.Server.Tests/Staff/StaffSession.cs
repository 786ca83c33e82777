using System.Net;
using System.Net.Http.Json;
using Collections.Server.Tests.Domain;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Collections.Server.Tests.Staff;

/// <summary>
/// A staff member signed in with the cookie, as the browser is: no API key, the anti-forgery header on writes. The
/// server's first admin comes from <see cref="Settings"/>; <see cref="CreateUserAsync"/> adds collectors through the admin API.
/// </summary>
public static class StaffSession
{
    public const string Password = "Staff-password-1";
    public const string Admin = "admin@staff.test";

    public static Dictionary<string, string?> Settings => new()
    {
        ["Collections:Admin:Email"] = Admin,
        ["Collections:Admin:Password"] = Password,
    };

    /// <summary>Signs in now on the factory's clock (a moved fake clock ages the cookie, so sign in after moving it).</summary>
    public static async Task<HttpClient> SignInAsync(this DomainApiFactory factory, string email)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = null;
        using (var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password }))
        {
            Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        }

        using var me = await client.GetAsync("/api/v1/me");
        me.EnsureSuccessStatusCode();
        var token = me.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", Uri.UnescapeDataString(token["XSRF-TOKEN=".Length..]));
        return client;
    }

    public static async Task CreateUserAsync(this DomainApiFactory factory, string email, string[] roles, string[] groups)
    {
        using var admin = await factory.SignInAsync(Admin);
        using var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new { email, password = Password, displayName = email, roles, groups });
        response.EnsureSuccessStatusCode();
    }
}
