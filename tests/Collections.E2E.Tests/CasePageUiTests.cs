using System.Net.Http.Json;
using System.Text.Json;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>
/// Issue 8 "Done when" (3) with the call script (§3) and the case page (§4): a collector claims "Call debtor" of a
/// case, reads the call script, records a promise in the outcome form; the case page shows the contact attempt and the
/// promise on its timeline and highlights where the process waits. Each runs on SQLite and on PostgreSQL.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CasePageUiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task CallDebtor_CollectorRecordsPromise_CasePageShowsAttemptPromiseAndPosition(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var invoiceNumber = $"FAC-{Guid.NewGuid().ToString("N")[..8]}";
        var caseId = await OpenCaseAsync(server, invoiceNumber);
        var promiseDate = (await E2EClock.TodayAsync(server)).AddDays(6);
        var page = await SignInAsync(server, StaffAccounts.Collector);

        await page.GotoAsync("/inbox");
        var row = page.GetByTestId("inbox-row").Filter(new LocatorFilterOptions { HasText = invoiceNumber });
        await row.GetByTestId("inbox-claim").ClickAsync();
        await Expect(row).ToContainTextAsync(StaffAccounts.Collector);
        await row.GetByTestId("inbox-open").ClickAsync();
        var script = page.GetByTestId("call-script");
        await Expect(script).ToBeVisibleAsync();
        await Expect(page.GetByTestId("script-debtor")).ToHaveTextAsync("Suministros Levante SL");
        await Expect(page.GetByTestId("script-invoice")).ToHaveTextAsync(invoiceNumber);
        await Expect(page.GetByTestId("script-balance")).ToContainTextAsync("12.500,00");
        await Expect(page.GetByTestId("script-days-overdue")).ToHaveTextAsync("12");
        await Expect(page.GetByTestId("script-local-time")).ToContainTextAsync("Europe/Madrid");
        await Expect(page.GetByTestId("call-rules")).ToContainTextAsync("Llamadas restantes esta semana: 7 de 7");
        await Expect(script.GetByTestId("script-phone")).ToHaveTextAsync("+34612345678");
        await Expect(page.Locator("[data-field=promiseDate]")).ToBeHiddenAsync();
        await page.GetByTestId("field-callOutcome").SelectOptionAsync("promise");
        await Expect(page.Locator("[data-field=promiseDate]")).ToBeVisibleAsync();
        await page.GetByTestId("field-reason").SelectOptionAsync("forgot");
        await page.GetByTestId("field-promiseDate").FillAsync(promiseDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("field-promiseAmount").FillAsync("400");
        await page.GetByTestId("field-notes").FillAsync("Paga la semana que viene");
        await Screenshots.TakeAsync(page, server, "task-form", fullPage: true);
        Assert.Equal($"/cases/{caseId}", await page.GetByTestId("task-case-link").GetAttributeAsync("href"));

        await page.GetByTestId("task-complete").ClickAsync();

        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Tarea completada");
        await page.GotoAsync($"/cases/{caseId}");
        var timeline = page.GetByTestId("case-timeline");
        await Expect(timeline.Locator("li[data-kind='contact.attempted']")).ToContainTextAsync($"por {StaffAccounts.Collector}: Contactado · Olvido");
        await Expect(timeline.Locator("li[data-kind='promise.created']")).ToContainTextAsync("Promesa de pagar 400,00");
        await Expect(page.GetByTestId("case-promises")).ToContainTextAsync("400,00");
        await Expect(page.GetByTestId("case-contacts")).ToContainTextAsync("Contactado · Olvido");
        await Expect(page.Locator(".djs-element.waiting[data-element-id=promise_wait]")).ToHaveCountAsync(1);
        await Expect(page.Locator(".djs-element.completed[data-element-id=call_debtor]")).ToHaveCountAsync(1);
        await Expect(page.Locator(".djs-element.taken[data-element-id=f3]")).ToHaveCountAsync(1);
        await Screenshots.TakeAsync(page, server, "case-page", fullPage: true);
        await page.Context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task CaseList_SearchByInvoice_OpensTheCasePageWithActions(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var invoiceNumber = $"FAC-{Guid.NewGuid().ToString("N")[..8]}";
        var caseId = await OpenCaseAsync(server, invoiceNumber);
        var page = await SignInAsync(server, StaffAccounts.Collector);
        await page.GotoAsync("/cases");

        await page.GetByTestId("cases-search").FillAsync(invoiceNumber);

        var row = page.GetByTestId("case-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Suministros Levante SL");
        await row.GetByTestId("case-open").ClickAsync();
        await Expect(page.GetByTestId("case-title")).ToContainTextAsync(invoiceNumber);
        await Expect(page.Locator(".djs-element.waiting[data-element-id=call_debtor]")).ToHaveCountAsync(1);
        await page.GetByTestId("action-contact").ClickAsync();
        await page.GetByTestId("action-channel").SelectOptionAsync("visit");
        await page.GetByTestId("action-outcome").SelectOptionAsync("not-reached");
        await page.GetByTestId("action-notes").FillAsync("Oficina cerrada");
        await page.GetByTestId("action-submit").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Contacto registrado");
        await Expect(page.GetByTestId("case-contacts")).ToContainTextAsync("Visita (saliente)");
        Assert.Equal($"/cases/{caseId}", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }

    /// <summary>Opens a case over the integrator API (admin key): a Spanish debtor in Madrid, an invoice due 12 days ago.</summary>
    private static async Task<Guid> OpenCaseAsync(E2EServer server, string invoiceNumber)
    {
        using var integrator = new HttpClient { BaseAddress = server.BaseAddress };
        integrator.DefaultRequestHeaders.Authorization = new("Bearer", StaffAccounts.AdminApiKey);
        var due = (await E2EClock.TodayAsync(server)).AddDays(-12);
        using var opened = await integrator.PostAsJsonAsync("/api/v1/cases", new
        {
            processKey = E2EBpmn.CallCaseProcessKey,
            debtor = new
            {
                externalId = "C-" + invoiceNumber, name = "Suministros Levante SL", language = "es", timeZone = "Europe/Madrid", country = "ES",
                contacts = new[] { new { channel = "phone", value = "+34 612 345 678" }, new { channel = "email", value = "pagos@levante.es" } },
            },
            invoice = new
            {
                externalId = "X-" + invoiceNumber, number = invoiceNumber, amount = 12500.00m, currency = "EUR",
                issueDate = due.AddDays(-30), dueDate = due, purchaseOrderNumber = "OC-2231",
            },
        });
        var body = await opened.Content.ReadAsStringAsync();
        Assert.True(opened.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("case").GetProperty("id").GetGuid();
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
}
