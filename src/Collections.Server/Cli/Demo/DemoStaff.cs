using System.Security.Claims;
using Collections.Server.Security;
using Microsoft.AspNetCore.Identity;

namespace Collections.Server.Cli.Demo;

/// <summary>
/// One demo account per staff role (Security/StaffRoles), with candidate groups so that every group's inbox has a
/// reader. The admin is the server's first admin (StaffBootstrapService creates it from <c>Collections:Admin</c>);
/// the others are created here, like the admin page does. Passwords are random and exist only in the returned list.
/// </summary>
internal static class DemoStaff
{
    public const string Domain = "demo.collections.local";

    /// <summary>New accounts with fresh passwords: the admin first, then one per other role.</summary>
    public static IReadOnlyList<DemoAccount> NewAccounts() =>
    [
        New("admin", "Ana Admin (demo)", StaffRoles.Admin, ["managers"]),
        New("procesos", "Pablo Procesos (demo)", StaffRoles.ProcessOwner, []),
        New("cobrador", "Carla Cobradora (demo)", StaffRoles.Collector, ["junior-collectors", "customer-service"]),
        New("senior", "Sergio Senior (demo)", StaffRoles.SeniorCollector, ["senior-collectors", "junior-collectors"]),
        New("gerente", "Gabriela Gerente (demo)", StaffRoles.Manager, ["managers", "sales-admin"]),
        New("finanzas", "Fernando Finanzas (demo)", StaffRoles.Finance, ["finance", "billing"]),
    ];

    /// <summary>Creates the accounts other than the first (the admin, which the server's start-up created).</summary>
    public static async Task CreateAsync(IServiceProvider services, IReadOnlyList<DemoAccount> accounts)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        foreach (var account in accounts.Skip(1))
        {
            var user = new StaffUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName };
            Check(await users.CreateAsync(user, account.Password), account.Email);
            Check(await users.AddToRoleAsync(user, account.Role), account.Email);
            Check(await users.AddClaimsAsync(user, account.Groups.Select(g => new Claim(StaffGroups.ClaimType, g))), account.Email);
        }
    }

    private static DemoAccount New(string name, string displayName, string role, IReadOnlyList<string> groups) =>
        new($"{name}@{Domain}", displayName, role, groups, StaffBootstrapService.GeneratePassword());

    private static void Check(IdentityResult result, string who)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Could not create demo user {who}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
