using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>Issue 8's browser tests, each run on SQLite and on PostgreSQL.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffUiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task Designer_Collector_IsRefusedDesignerAndAdmin(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var page = await SignInAsync(server, StaffAccounts.Collector);

        await page.GotoAsync("/designer");
        await Expect(page.GetByTestId("forbidden")).ToBeVisibleAsync();
        await page.GotoAsync("/admin");
        await Expect(page.GetByTestId("forbidden")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("nav-designer")).ToHaveCountAsync(0);
        var statuses = await page.EvaluateAsync<int[]>("""
            async () => [
              (await fetch('/api/v1/element-templates')).status,
              (await fetch('/api/v1/admin/users')).status,
              (await fetch('/api/v1/deployments', { method: 'POST', body: '<x/>', headers: { 'Content-Type': 'application/xml',
                 'X-XSRF-TOKEN': decodeURIComponent(document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).substring(11)) } })).status,
            ]
            """);

        Assert.Equal([403, 403, 403], statuses);
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task Designer_InvalidDiagram_ShowsServerProblemsOnElementsAndIsNotPublished(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var page = await SignInAsync(server, StaffAccounts.ProcessOwner);
        var versionsBefore = await VersionsAsync(server);
        await page.GotoAsync($"/designer/{E2EBpmn.ProcessKey}");
        await Expect(page.Locator("[data-testid=designer-canvas][data-loaded=true]")).ToBeAttachedAsync(); // the page imported its diagram
        await Expect(page.Locator(".djs-palette")).ToBeVisibleAsync();
        await Expect(page.Locator(".bjs-powered-by")).ToBeVisibleAsync();
        await page.EvaluateAsync("xml => window.collectionsModeler.importXML(xml)", E2EBpmn.Invalid);

        await page.GetByTestId("designer-publish").ClickAsync();

        await Expect(page.Locator("[data-testid=problem-overlay][data-element-id=ChargeCard]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=problem-overlay][data-element-id=Decide]")).ToBeVisibleAsync();
        await Expect(page.Locator(".djs-element.has-problem[data-element-id=ChargeCard]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=problem][data-element-id=ChargeCard]")).ToContainTextAsync("Extensión camunda no soportada");
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("no se puede publicar");
        await Screenshots.TakeAsync(page, server, "designer-problems");
        Assert.Equal(versionsBefore, await VersionsAsync(server));
        await page.Context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task Designer_ValidChange_PublishesNewVersionWithoutRestart(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var page = await SignInAsync(server, StaffAccounts.ProcessOwner);
        await page.GotoAsync($"/designer/{E2EBpmn.ProcessKey}");
        await Expect(page.Locator("[data-testid=designer-canvas][data-loaded=true]")).ToBeAttachedAsync(); // the page imported its diagram
        await Expect(page.Locator(".djs-palette")).ToBeVisibleAsync();
        var before = await VersionsAsync(server);
        await page.EvaluateAsync("""
            () => {
              const m = window.collectionsModeler;
              const task = m.get('elementRegistry').get('CallDebtor');
              m.get('modeling').updateProperties(task, { name: 'Llamar al deudor' });
            }
            """);

        await DesignerPublishing.PublishAsync(page, "Nombre de la tarea en español");

        await Expect(page.GetByTestId("notice")).ToContainTextAsync($"Publicado {E2EBpmn.ProcessKey} versión {before + 1}");
        await Expect(page.GetByTestId($"process-{E2EBpmn.ProcessKey}-v{before + 1}")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, server, "designer");
        Assert.Equal(before + 1, await VersionsAsync(server));
        await page.Context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task Ui_SpanishByDefault_SwitchesToEnglishAndBack(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString().TrimEnd('/') });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Iniciar sesión");
        await page.GetByTestId("login-email").FillAsync(StaffAccounts.ProcessOwner);
        await page.GetByTestId("login-password").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("nav-designer")).ToHaveTextAsync("Diseñador");
        await page.GotoAsync($"/designer/{E2EBpmn.ProcessKey}");
        await Expect(page.Locator(".djs-palette [aria-label='Crear tarea']").First).ToBeAttachedAsync();

        await page.GetByTestId("lang-switch").ClickAsync();

        await Expect(page.GetByTestId("nav-designer")).ToHaveTextAsync("Designer");
        await Expect(page.GetByTestId("designer-publish")).ToHaveTextAsync("Publish");
        await Expect(page.Locator(".djs-palette [aria-label='Create task']").First).ToBeAttachedAsync();
        await page.ReloadAsync();
        await Expect(page.GetByTestId("nav-cases")).ToHaveTextAsync("Cases");
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
        await page.GetByTestId("lang-switch").ClickAsync();
        await Expect(page.GetByTestId("nav-cases")).ToHaveTextAsync("Casos");
        await context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task Inbox_Collector_ClaimsAndCompletesCallDebtor(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var businessKey = $"INV-{Guid.NewGuid().ToString("N")[..8]}";
        using (var owner = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password))
        {
            using var started = await owner.PostJsonAsync("/api/v1/process-instances",
                new { processKey = E2EBpmn.ProcessKey, businessKey, variables = new { amount = 25000.75m, currency = "EUR", debtor = "Ferretería López" } });
            started.EnsureSuccessStatusCode();
        }

        var page = await SignInAsync(server, StaffAccounts.Collector);
        await page.GotoAsync("/inbox");
        var row = page.GetByTestId("inbox-row").Filter(new LocatorFilterOptions { HasText = businessKey });
        await Expect(row).ToContainTextAsync("Sin asignar");
        await Expect(row).ToContainTextAsync("Ferretería López");
        await Expect(row.GetByTestId("inbox-amount")).ToContainTextAsync("25.000,75");
        await row.GetByTestId("inbox-claim").ClickAsync();
        await Expect(row).ToContainTextAsync(StaffAccounts.Collector);
        await Screenshots.TakeAsync(page, server, "inbox");
        await row.GetByTestId("inbox-open").ClickAsync();
        await Expect(page.GetByTestId("task-form")).ToBeVisibleAsync();
        await page.GetByTestId("field-promisedAmount").FillAsync("0");
        await page.GetByTestId("task-complete").ClickAsync();
        await Expect(page.GetByTestId("error-outcome")).ToHaveTextAsync("Obligatorio");
        await Expect(page.GetByTestId("error-promisedAmount")).ToHaveTextAsync("Mínimo 1");
        await page.GetByTestId("field-outcome").SelectOptionAsync("promise");
        await page.GetByTestId("field-promisedAmount").FillAsync("600.25");
        await page.GetByTestId("field-notes").FillAsync("Pagará el viernes");
        await Expect(page.GetByTestId("error-outcome")).ToBeEmptyAsync();
        await Expect(page.GetByTestId("error-promisedAmount")).ToBeEmptyAsync();
        var caseUrl = await page.GetByTestId("task-case-link").GetAttributeAsync("href");

        await page.GetByTestId("task-complete").ClickAsync();

        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Tarea completada");
        await Expect(page.GetByTestId("inbox-row").Filter(new LocatorFilterOptions { HasText = businessKey })).ToHaveCountAsync(0);
        await page.GotoAsync(caseUrl!);
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Terminado");
        await Expect(page.Locator("[data-testid=case-timeline] li[data-activity-id=CallDebtor]")).ToContainTextAsync(StaffAccounts.Collector);
        await Expect(page.GetByTestId("case-variables")).ToContainTextAsync("600.25");
        await Expect(page.Locator(".djs-element.completed[data-element-id=CallDebtor]")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task CasePage_WaitingCase_HighlightsWaitingActivity(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var businessKey = $"INV-{Guid.NewGuid().ToString("N")[..8]}";
        string id;
        using (var owner = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password))
        {
            using var started = await owner.PostJsonAsync("/api/v1/process-instances",
                new { processKey = E2EBpmn.ProcessKey, businessKey, variables = new { amount = 980.00m, debtor = "Distribuidora Norte" } });
            started.EnsureSuccessStatusCode();
            id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var page = await SignInAsync(server, StaffAccounts.Collector);

        await page.GotoAsync($"/instances/{id}");

        await Expect(page.Locator(".djs-element.waiting[data-element-id=CallDebtor]")).ToHaveCountAsync(1);
        await Expect(page.Locator(".djs-element.completed[data-element-id=Start]")).ToHaveCountAsync(1);
        // The process state, then what it waits for, by the task's name.
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("En curso · tarea «Call debtor»");
        await page.Context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task Api_CookieWriteWithoutAntiforgeryToken_IsRefused(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var page = await SignInAsync(server, StaffAccounts.ProcessOwner);

        var status = await page.EvaluateAsync<int>("""
            async () => (await fetch('/api/v1/designer/validate', { method: 'POST', body: '<x/>', headers: { 'Content-Type': 'application/xml' } })).status
            """);

        Assert.Equal((int)HttpStatusCode.BadRequest, status);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> SignInAsync(E2EServer server, string email)
    {
        var page = await browser.NewPageAsync(server);
        await page.GotoAsync("/login");
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        return page;
    }

    private static async Task<int> VersionsAsync(E2EServer server)
    {
        using var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password);
        using var response = await admin.GetAsync($"/api/v1/process-definitions?key={E2EBpmn.ProcessKey}&latestOnly=false");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength();
    }
}
