using System.Net.Http.Json;
using System.Security.Claims;
using Collections.Server.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Staff;

/// <summary>Creates staff accounts with roles and candidate groups, and clients signed in with the staff cookie.</summary>
public static class StaffTestAccounts
{
    public const string Password = "Staff-test-1";

    /// <summary>A client signed in as a new account (reads only: writes would need the anti-forgery header too).</summary>
    public static async Task<HttpClient> SignInAsync(this WebApplicationFactory<Program> factory, string email, string[] roles, string[] groups)
    {
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRolesAsync(user, roles));
            Check(await users.AddClaimsAsync(user, groups.Select(g => new Claim(StaffGroups.ClaimType, g))));
        }

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = null; // the cookie, not an integrator key
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        return client;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
