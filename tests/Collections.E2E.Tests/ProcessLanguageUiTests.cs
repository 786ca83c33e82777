using Collections.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>
/// Process content in the reader's language: the case list, case page, inbox and task page show the task's name, the
/// business stage and the form's labels in Spanish, then in English after switching, and never a raw id; the process's
/// own page names what it waits for. SQLite and PostgreSQL.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProcessLanguageUiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task CallTask_SpanishThenEnglish_NamesStageAndFormInTheReadersLanguageOnly(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var invoiceNumber = $"FAC-{Guid.NewGuid().ToString("N")[..8]}";
        await E2ECases.OpenAsync(server, invoiceNumber);
        var page = await StaffSignIn.SignInAsync(browser, server, StaffAccounts.Collector);

        await page.GotoAsync("/cases");
        await page.GetByTestId("cases-search").FillAsync(invoiceNumber);
        var row = page.GetByTestId("case-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("case-stage")).ToContainTextAsync("Llamada junior");
        await Expect(row.GetByTestId("case-activity")).ToHaveTextAsync("Llamar al deudor");
        await Expect(row).Not.ToContainTextAsync("call_debtor");
        await Expect(row).Not.ToContainTextAsync("junior-call");
        await row.GetByTestId("case-open").ClickAsync();
        await Expect(page.GetByTestId("case-stage")).ToHaveTextAsync("Llamada junior");
        await Expect(page.GetByTestId("case-activity")).ToHaveTextAsync("Llamar al deudor");
        await Expect(page.GetByTestId("case-process-name")).ToContainTextAsync("Proceso: Llamada de prueba v");

        await page.GotoAsync("/");
        var open = page.GetByTestId("inbox-open").Filter(new LocatorFilterOptions { HasText = "Llamar al deudor" });
        await Expect(open.First).ToBeVisibleAsync();
        await page.GotoAsync("/cases");
        await page.GetByTestId("cases-search").FillAsync(invoiceNumber);
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByTestId("case-open").ClickAsync();
        await page.Locator("a[href^='/tasks/']").First.ClickAsync();
        await Expect(page.GetByTestId("task-title")).ToHaveTextAsync("Llamar al deudor");
        await Expect(page.Locator("label[for=field-callOutcome]")).ToContainTextAsync("Resultado");
        await Expect(page.Locator("#field-callOutcome option[value=promise]")).ToHaveTextAsync("Promesa de pago");
        // The process's own page names what the process waits for and what it did, never by an element's id.
        var instanceId = await page.EvaluateAsync<string>(
            "async key => (await (await fetch('/api/v1/process-instances?businessKey=' + encodeURIComponent(key))).json())[0].id", invoiceNumber);
        await page.GotoAsync($"/instances/{instanceId}?view=process");
        await Expect(page.GetByTestId("instance-why")).ToContainTextAsync("Llamar al deudor");
        await Expect(page.Locator("[data-testid=case-timeline] li[data-activity-id=call_debtor]")).ToContainTextAsync("Llamar al deudor");
        await Expect(page.GetByTestId("case-timeline")).Not.ToContainTextAsync("call_debtor");
        await page.GoBackAsync();

        await page.RunAndWaitForResponseAsync(() => page.GetByTestId("lang-switch").ClickAsync(), r => r.Url.EndsWith("/api/v1/me/language", StringComparison.Ordinal));
        await page.ReloadAsync();
        try
        {
            await Expect(page.GetByTestId("task-title")).ToHaveTextAsync("Call debtor");
            await Expect(page.Locator("label[for=field-callOutcome]")).ToContainTextAsync("Outcome");
            await Expect(page.Locator("label[for=field-callOutcome]")).Not.ToContainTextAsync("Resultado");
            await Expect(page.Locator("#field-callOutcome option[value=promise]")).ToHaveTextAsync("Promise to pay");
            await page.GotoAsync("/cases");
            await page.GetByTestId("cases-search").FillAsync(invoiceNumber);
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.GetByTestId("case-stage")).ToContainTextAsync("Junior call");
            await Expect(row.GetByTestId("case-activity")).ToHaveTextAsync("Call debtor");
        }
        finally
        {
            // The collector's language is stored on the server the other browser tests share: back to Spanish.
            if (await page.Locator("html").GetAttributeAsync("lang") == "en")
            {
                await page.RunAndWaitForResponseAsync(() => page.GetByTestId("lang-switch").ClickAsync(), r => r.Url.EndsWith("/api/v1/me/language", StringComparison.Ordinal));
            }
        }

        await page.Context.CloseAsync();
    }
}
