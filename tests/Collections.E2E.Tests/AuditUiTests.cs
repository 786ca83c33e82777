using System.Text.RegularExpressions;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>
/// The audit page (docs/security.md, "Audit trail"): an audit reader filters by action, case and period and downloads
/// the same rows as CSV; a collector has no audit link and the API refuses them. Each runs on SQLite and PostgreSQL.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AuditUiTests(BrowserEnvironment browser)
{
    /// <summary>Chromium's short Spanish month names (es-ES, dateStyle medium).</summary>
    private static readonly string[] SpanishMonths = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"];

    [Theory, SqliteServer, PostgresServer]
    public async Task AuditPage_ManagerFiltersByActionCaseAndPeriod_ShowsMatchingRowsAndCsvCarriesTheFilter(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var promised = await E2ECases.OpenAsync(server, $"AUD-{suffix}-1");
        var contacted = await E2ECases.OpenAsync(server, $"AUD-{suffix}-2");
        var today = await E2EClock.TodayAsync(server);
        var manager = $"manager-{suffix}@e2e.test";
        using (var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password))
        {
            (await admin.PostJsonAsync("/api/v1/admin/users",
                new { email = manager, password = StaffAccounts.Password, displayName = "Marta Gerente", roles = new[] { "manager" }, groups = new[] { "managers" } }))
                .EnsureSuccessStatusCode();
        }

        using (var collector = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Collector, StaffAccounts.Password))
        {
            (await collector.PostJsonAsync($"/api/v1/staff/cases/{promised}/promises", new { amount = 300m, currency = "EUR", promiseDate = today.AddDays(5) }))
                .EnsureSuccessStatusCode();
            foreach (var id in new[] { promised, contacted })
            {
                (await collector.PostJsonAsync($"/api/v1/staff/cases/{id}/contact-attempts", new { channel = "visit", direction = "outbound", outcome = "not-reached" }))
                    .EnsureSuccessStatusCode();
            }
        }

        var page = await StaffSignIn.SignInAsync(browser, server, manager);
        await page.GetByTestId("nav-audit").ClickAsync();
        await Expect(page.GetByTestId("audit")).ToBeVisibleAsync();
        var rows = page.GetByTestId("audit-row");
        var ofPromised = page.Locator($"[data-testid=audit-row]:has(a[href='/cases/{promised}'])");
        var ofContacted = page.Locator($"[data-testid=audit-row]:has(a[href='/cases/{contacted}'])");

        // By action: only promises, among them the collector's, named by display name and the action in Spanish.
        await page.GetByTestId("audit-filter-action").SelectOptionAsync(new SelectOptionValue { Label = "Promesa de pago registrada" });
        await page.GetByTestId("audit-filter-apply").ClickAsync();
        await Expect(page).ToHaveURLAsync(ActionInUrl());
        await Expect(ofPromised).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=audit-row]:not([data-action='promise.created'])")).ToHaveCountAsync(0);
        await Expect(ofContacted).ToHaveCountAsync(0);
        await Expect(ofPromised.GetByTestId("audit-who")).ToHaveTextAsync("Carla Cobradora");
        await Expect(ofPromised.GetByTestId("audit-action")).ToHaveTextAsync("Promesa de pago registrada");
        var promiseDay = today.AddDays(5);
        await Expect(ofPromised).ToContainTextAsync($"300 · EUR · {promiseDay.Day} {SpanishMonths[promiseDay.Month - 1]} {promiseDay.Year}");

        // By case only: that case's contact and promise, nothing of the other case.
        await page.GetByTestId("audit-filter-action").SelectOptionAsync("");
        await page.GetByTestId("audit-filter-case").FillAsync(promised.ToString());
        await page.GetByTestId("audit-filter-apply").ClickAsync();
        await Expect(page.Locator("[data-testid=audit-row][data-action='contact.recorded']")).ToContainTextAsync("Contacto registrado");
        await Expect(page.Locator("[data-testid=audit-row][data-action='promise.created']")).ToHaveCountAsync(1);
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(ofContacted).ToHaveCountAsync(0);
        Assert.DoesNotContain("promise.created", await page.GetByTestId("audit").InnerTextAsync(), StringComparison.Ordinal);

        // A period with nothing in it says so; the period around today shows the rows again.
        await page.GetByTestId("audit-filter-from").FillAsync("01/01/2020");
        await page.GetByTestId("audit-filter-to").FillAsync("31/01/2020");
        await page.GetByTestId("audit-filter-apply").ClickAsync();
        await Expect(page.GetByTestId("audit-empty")).ToHaveTextAsync("No hay entradas de auditoría con estos filtros.");
        await page.GetByTestId("audit-filter-from").FillAsync(today.AddDays(-1).ToString("dd/MM/yyyy"));
        await page.GetByTestId("audit-filter-to").FillAsync(today.AddDays(1).ToString("dd/MM/yyyy"));
        await page.GetByTestId("audit-filter-action").SelectOptionAsync("promise.created");
        await page.GetByTestId("audit-filter-apply").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Screenshots.TakeAsync(page, server, "audit-filtered", fullPage: true);

        // The CSV link carries the same filters: one row, the promise on that case by the collector.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("audit-csv").ClickAsync());
        var lines = (await File.ReadAllTextAsync(await download.PathAsync())).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\"sequence\",", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"promise.created\"", lines[1], StringComparison.Ordinal);
        Assert.Contains($"\"{promised}\"", lines[1], StringComparison.Ordinal);
        Assert.Contains($"\"{StaffAccounts.Collector}\"", lines[1], StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task AuditPage_Collector_HasNoLinkAndTheApiRefuses(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var page = await StaffSignIn.SignInAsync(browser, server, StaffAccounts.Collector);

        await page.GotoAsync("/audit");

        await Expect(page.GetByTestId("nav-cases")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("nav-audit")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("forbidden")).ToBeVisibleAsync();
        var list = await page.Context.APIRequest.GetAsync("/api/v1/admin/audit");
        Assert.Equal(403, list.Status);
        var csv = await page.Context.APIRequest.GetAsync("/api/v1/admin/audit.csv");
        Assert.Equal(403, csv.Status);
        await page.Context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task AuditPage_Admin_HasTheLinkAndEnglishLabels(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var page = await StaffSignIn.SignInAsync(browser, server, StaffAccounts.Admin);

        await page.GetByTestId("nav-audit").ClickAsync();
        await page.GetByTestId("audit-filter-action").SelectOptionAsync("user.created");
        await page.GetByTestId("audit-filter-apply").ClickAsync();
        await Expect(page.Locator("[data-testid=audit-row][data-action='user.created']").First).ToContainTextAsync("Usuario creado");
        await page.GetByTestId("lang-switch").ClickAsync();

        try
        {
            await Expect(page.Locator("[data-testid=audit-row][data-action='user.created']").First).ToContainTextAsync("User created");
            await Expect(page.GetByTestId("nav-audit")).ToHaveTextAsync("Audit");
            Assert.DoesNotContain("Usuario", await page.GetByTestId("audit").InnerTextAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await page.GetByTestId("lang-switch").ClickAsync(); // the shared admin stays Spanish for the other tests
            await Expect(page.GetByTestId("nav-audit")).ToHaveTextAsync("Auditoría");
        }

        await page.Context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task AuditPage_MoreRowsThanOnePage_LoadMoreFetchesTheRestByCursor(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var actor = $"idiomas-{Guid.NewGuid().ToString("N")[..8]}@e2e.test";
        using (var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password))
        {
            (await admin.PostJsonAsync("/api/v1/admin/users",
                new { email = actor, password = StaffAccounts.Password, displayName = "Iván Idiomas", roles = new[] { "finance" }, groups = Array.Empty<string>() }))
                .EnsureSuccessStatusCode();
        }

        using (var user = await StaffApiClient.SignInAsync(server.BaseAddress, actor, StaffAccounts.Password))
        {
            for (var i = 0; i < 51; i++) // one more than the page's 50
            {
                (await user.PutJsonAsync("/api/v1/me/language", new { language = i % 2 == 0 ? "en" : "es" })).EnsureSuccessStatusCode();
            }
        }

        var page = await StaffSignIn.SignInAsync(browser, server, StaffAccounts.Admin);
        await page.GotoAsync("/audit");
        await page.GetByTestId("audit-filter-actor").FillAsync(actor);
        await page.GetByTestId("audit-filter-apply").ClickAsync();
        var rows = page.GetByTestId("audit-row");
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(page.GetByTestId("audit-more")).ToBeVisibleAsync();

        await page.GetByTestId("audit-more").ClickAsync();

        await Expect(rows).ToHaveCountAsync(51);
        await Expect(page.GetByTestId("audit-more")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-testid=audit-row]:not([data-action='settings.language-changed'])")).ToHaveCountAsync(0);
        await Expect(rows.Last).ToContainTextAsync("antes: es → después: en"); // the oldest, the first change
        await Expect(rows.Last.GetByTestId("audit-who")).ToHaveTextAsync("Iván Idiomas");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("action=promise\\.created")]
    private static partial Regex ActionInUrl();
}
