using Collections.Domain.Cases;
using Collections.Domain.Work;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>
/// Company details (docs/architecture.md, "Company details"): while they are empty the outbox and admin pages say
/// which are missing; an admin fills them in on Settings, Company details, the notice goes and a rendered message
/// keeps them (the rendered message is CompanyDetailsTests' on the server). And the Processes pages show a closed case's process that still runs with its case state and why.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompanyDetailsUiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task CompanyDetails_AdminFillsThemIn_NoticeGoesAndValuesKept(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var caseId = await E2ECases.OpenAsync(server, $"FAC-{Guid.NewGuid().ToString("N")[..8]}");
        var page = await StaffSignIn.SignInAsync(browser, server, StaffAccounts.Admin);

        await page.GotoAsync("/outbox");
        await Expect(page.GetByTestId("company-missing")).ToContainTextAsync("Faltan datos de la empresa");
        await Expect(page.GetByTestId("company-missing")).ToContainTextAsync("Teléfono");
        await page.GotoAsync("/admin");
        await Expect(page.GetByTestId("company-missing")).ToContainTextAsync("instrucciones de pago en EUR");
        await page.GetByTestId("admin-company-link").ClickAsync();
        await page.GetByTestId("company-name").FillAsync("Suministros Cobranza SL");
        await page.GetByTestId("company-taxId").FillAsync("B12345678");
        await page.GetByTestId("company-payment-currency").First.FillAsync("EUR");
        await page.GetByTestId("company-payment-text").First.FillAsync("https://pagar.cobranza.test/eur");
        await page.GetByTestId("company-phone").FillAsync("+34 910 000 111");
        await page.GetByTestId("company-email").FillAsync("cobros@cobranza.test");
        await page.GetByTestId("company-address").FillAsync("Calle Mayor 1, 28013 Madrid");
        await page.GetByTestId("company-signature").FillAsync("Departamento de Cobros");
        await page.GetByTestId("company-save").ClickAsync();
        await Expect(page.GetByTestId("company-settings")).ToContainTextAsync("Guardado por admin@e2e.test");
        await page.GotoAsync("/outbox");
        await Expect(page.GetByTestId("outbox-empty").Or(page.GetByTestId("outbox"))).ToBeVisibleAsync();

        await Expect(page.GetByTestId("company-missing")).ToHaveCountAsync(0);
        await page.GotoAsync("/settings/company");
        await Expect(page.GetByTestId("company-phone")).ToHaveValueAsync("+34 910 000 111");
        await Expect(page.GetByTestId("company-payment-text").First).ToHaveValueAsync("https://pagar.cobranza.test/eur");
        await page.Context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task ClosedCaseProcessStillWaiting_ProcessesPagesShowBothStatesAndWhy(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var invoice = $"FAC-{Guid.NewGuid().ToString("N")[..8]}";
        var caseId = await E2ECases.OpenAsync(server, invoice);
        var work = server.Services.GetRequiredService<DomainWork>();
        var instanceId = await work.RunAsync(async db =>
        {
            var @case = await db.Cases.SingleAsync(c => c.Id == caseId); // closed by hand: its process keeps waiting at "Call debtor"
            @case.Close(CaseOutcomes.Paid, work.Now);
            return @case.ProcessInstanceId!.Value;
        }, CancellationToken.None);
        var page = await StaffSignIn.SignInAsync(browser, server, StaffAccounts.Admin);

        await page.GotoAsync("/instances");
        var row = page.GetByTestId("instance-row").Filter(new() { Has = page.Locator($"a[href='/instances/{instanceId}']") });
        await Expect(row.GetByTestId("instance-case-state")).ToHaveTextAsync("cerrado (pagado)");
        await Expect(row.GetByTestId("instance-why")).ToContainTextAsync("Sigue en curso tras cerrar el caso: tarea «Llamar al deudor»");
        await page.GotoAsync($"/instances/{instanceId}?view=process");

        await Expect(page.GetByTestId("instance-case-state")).ToHaveTextAsync("cerrado (pagado)");
        await Expect(page.GetByTestId("case-status")).ToContainTextAsync("Sigue en curso tras cerrar el caso: tarea «Llamar al deudor»");
        await page.Context.CloseAsync();
    }
}
