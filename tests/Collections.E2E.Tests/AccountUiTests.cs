using Collections.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>"My account": a staff member changes their own password; mistakes are told in their language. SQLite and PostgreSQL.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountUiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task AccountPage_OwnPasswordChange_RefusesMistakesThenSignsInWithTheNewPasswordOnly(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var email = $"pepa-{Guid.NewGuid().ToString("N")[..8]}@e2e.test";
        const string newPassword = "Una frase larga y nueva 2026";
        using (var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password))
        {
            (await admin.PostJsonAsync("/api/v1/admin/users",
                new { email, password = StaffAccounts.Password, displayName = "Pepa Pérez", roles = new[] { "collector" }, groups = new[] { "junior-collectors" } }))
                .EnsureSuccessStatusCode();
        }

        var page = await StaffSignIn.SignInAsync(browser, server, email);
        await page.GetByTestId("current-user").ClickAsync();
        await page.GetByTestId("account-current").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("account-new").FillAsync(newPassword);
        await page.GetByTestId("account-repeat").FillAsync(newPassword + "x");
        await page.GetByTestId("account-submit").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToHaveTextAsync("Las contraseñas nuevas no coinciden.");
        await page.GetByTestId("account-current").FillAsync("not-my-password-1");
        await page.GetByTestId("account-repeat").FillAsync(newPassword);
        await page.GetByTestId("account-submit").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToHaveTextAsync("La contraseña actual no es correcta.");

        await page.GetByTestId("account-current").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("account-submit").ClickAsync();

        await Expect(page.GetByTestId("notice")).ToHaveTextAsync("Contraseña cambiada.");
        await page.Context.CloseAsync();
        var again = await browser.NewPageAsync(server);
        await again.GotoAsync("/login");
        await again.GetByTestId("login-email").FillAsync(email);
        await again.GetByTestId("login-password").FillAsync(StaffAccounts.Password);
        await again.GetByTestId("login-submit").ClickAsync();
        await Expect(again.GetByTestId("login-error")).ToHaveTextAsync("Correo o contraseña incorrectos.");
        await again.GetByTestId("login-password").FillAsync(newPassword);
        await again.GetByTestId("login-submit").ClickAsync();
        await Expect(again.GetByTestId("current-user")).ToHaveTextAsync("Pepa Pérez");
        await again.Context.CloseAsync();
    }
}
