using Collections.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>Account administration in the browser: an admin changes a user's roles, which takes effect and is audited. SQLite and PostgreSQL.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminUsersUiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task AdminPage_AdminGivesFinanceUserTheCollectorRole_UserGetsTheInboxAndTheChangeIsAudited(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var email = $"fina-{Guid.NewGuid().ToString("N")[..8]}@e2e.test";
        using (var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password))
        {
            (await admin.PostJsonAsync("/api/v1/admin/users",
                new { email, password = StaffAccounts.Password, displayName = "Fina Nanzas", roles = new[] { "process-owner" }, groups = new[] { "junior-collectors" } }))
                .EnsureSuccessStatusCode();
        }

        var page = await StaffSignIn.SignInAsync(browser, server, StaffAccounts.Admin);
        await page.GotoAsync("/admin");
        var row = page.GetByTestId($"admin-user-{email}");
        await Expect(row.GetByTestId("admin-user-roles")).ToContainTextAsync("Responsable de procesos");

        await row.GetByTestId("admin-roles-edit").ClickAsync();
        await row.GetByTestId("admin-role-process-owner").UncheckAsync();
        await row.GetByTestId("admin-role-collector").CheckAsync();
        await row.GetByTestId("admin-roles-save").ClickAsync();

        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Roles guardados");
        await Expect(row.GetByTestId("admin-roles-edit")).ToHaveTextAsync("Gestor de cobro");
        var user = await StaffSignIn.SignInAsync(browser, server, email);
        await Expect(user.GetByTestId("nav-inbox")).ToBeVisibleAsync();
        await Expect(user.GetByTestId("nav-designer")).ToHaveCountAsync(0);
        await user.Context.CloseAsync();
        await page.GotoAsync($"/audit?action=user.roles-changed&actor={Uri.EscapeDataString(StaffAccounts.Admin)}");
        await Expect(page.Locator("[data-testid=audit-row]").Filter(new() { HasText = email }))
            .ToContainTextAsync("antes: process-owner → después: collector");
        await page.Context.CloseAsync();
    }
}
