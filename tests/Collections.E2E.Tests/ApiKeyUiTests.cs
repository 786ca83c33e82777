using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>Issue 5: an admin issues an integrator's API key in the admin page; the key works on /api/v1.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiKeyUiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task AdminPage_AdminCreatesKey_ShownOnceAndItOpensACaseOverTheApi(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var page = await browser.NewPageAsync(server);
        await page.GotoAsync("/login");
        await page.GetByTestId("login-email").FillAsync(StaffAccounts.Admin);
        await page.GetByTestId("login-password").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        var name = "erp-" + Guid.NewGuid().ToString("N")[..8];
        await page.GotoAsync("/admin");

        var form = page.GetByTestId("apikey-create");
        await form.Locator("input[name=name]").FillAsync(name);
        await form.Locator("input[name=scopes][value='cases:read']").CheckAsync();
        await form.Locator("input[name=scopes][value='cases:write']").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Crear clave" }).ClickAsync();

        await Expect(page.GetByTestId("apikey-secret")).ToContainTextAsync("no se volverá a mostrar");
        var key = (await page.GetByTestId("apikey-secret-value").TextContentAsync())!.Trim();
        await Expect(page.GetByTestId($"apikey-{name}")).ToContainTextAsync("cases:read, cases:write");
        await Expect(page.GetByTestId($"apikey-{name}").GetByTestId("apikey-status")).ToHaveTextAsync("Activa");
        await Screenshots.TakeAsync(page, server, "admin-api-keys");

        using var integrator = new HttpClient { BaseAddress = server.BaseAddress };
        integrator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var debtor = "D-" + name;
        using (var put = await integrator.PutAsJsonAsync($"/api/v1/debtors/{debtor}", new { name = "Ferretería López SA de CV", language = "es", timeZone = "America/Mexico_City", country = "MX" }))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        var due = (await E2EClock.TodayAsync(server)).AddDays(-10);
        using (var invoice = await integrator.PostAsJsonAsync("/api/v1/invoices", new
               {
                   externalId = "inv-" + name, number = "F-" + name, debtorExternalId = debtor, amount = 1200.50m, currency = "MXN",
                   issueDate = due.AddDays(-30), dueDate = due,
               }))
        {
            Assert.True(invoice.StatusCode == HttpStatusCode.Created, await invoice.Content.ReadAsStringAsync());
        }

        using var opened = await integrator.PostAsJsonAsync("/api/v1/cases", new { invoiceExternalId = "inv-" + name, processKey = E2EBpmn.ProcessKey });
        var body = await opened.Content.ReadAsStringAsync();
        Assert.True(opened.StatusCode == HttpStatusCode.Created, body);
        var @case = JsonDocument.Parse(body).RootElement.GetProperty("case");
        Assert.Equal("open", @case.GetProperty("status").GetString());
        using var forbidden = await integrator.GetAsync("/api/v1/webhooks");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        await page.ReloadAsync();
        await Expect(page.GetByTestId($"apikey-{name}")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("apikey-secret")).ToHaveCountAsync(0);
        Assert.DoesNotContain(key, await page.ContentAsync());
        await page.Context.CloseAsync();
    }
}
