using Collections.Domain.Outreach.Deferrals;
using Collections.Domain.Outreach.Policy;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>
/// A send step held back by the contact rules reads as a plan, not a stuck engine: the case list shows the next
/// contact and the case page's timeline says until when and why, in the reader's language. The deferral is recorded
/// by the domain's own timeline writer (the E2E environment runs no outreach workers), on SQLite and PostgreSQL.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeferralUiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task DeferredEmail_CaseListAndTimelineSayWhenAndWhy(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var invoiceNumber = $"FAC-{Guid.NewGuid().ToString("N")[..8]}";
        var caseId = await E2ECases.OpenAsync(server, invoiceNumber);
        var now = await E2EClock.AdvanceAsync(server, "PT0S");
        var until = Instant.FromDateTimeOffset(now).Plus(Duration.FromHours(5));
        var rule = ContactRule.Of(ContactReasons.OutsideHours, "MX", ("day", "Monday"), ("window", "07:00-22:00"));
        await server.Services.GetRequiredService<ContactDeferralTimeline>()
            .RecordAsync(new ContactDeferral(caseId, "email", "friendly-reminder", "America/Mexico_City", rule), until, CancellationToken.None);
        var page = await StaffSignIn.SignInAsync(browser, server, StaffAccounts.Collector);

        await page.GotoAsync("/cases");
        await page.GetByTestId("cases-search").FillAsync(invoiceNumber);
        var row = page.GetByTestId("case-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("case-next-contact")).ToContainTextAsync("Correo el ");
        await Expect(row.GetByTestId("case-next-contact")).ToContainTextAsync("fuera del horario permitido (lunes, 07:00-22:00)");
        await row.GetByTestId("case-open").ClickAsync();

        var line = page.GetByTestId("case-timeline").Locator("li[data-kind='contact.deferred']");
        await Expect(line).ToContainTextAsync("Envío aplazado");
        await Expect(line).ToContainTextAsync("Correo: aplazado hasta");
        await Expect(line).ToContainTextAsync("(America/Mexico_City); motivo: fuera del horario permitido (lunes, 07:00-22:00).");
        await Expect(line).Not.ToContainTextAsync("outside-hours");
        await page.Context.CloseAsync();
    }
}
