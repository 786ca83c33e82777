using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>Signs a staff member in through the login page of a fresh browser context.</summary>
public static class StaffSignIn
{
    /// <param name="beforeLogin">Runs on the new page before it loads anything (an init script, a listener).</param>
    public static async Task<IPage> SignInAsync(BrowserEnvironment browser, E2EServer server, string email, Func<IPage, Task>? beforeLogin = null)
    {
        var page = await browser.NewPageAsync(server);
        if (beforeLogin is not null)
        {
            await beforeLogin(page);
        }

        await page.GotoAsync("/login");
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        return page;
    }
}
