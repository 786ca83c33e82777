using System.Text.Json;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>
/// The case page's one timeline carries the case's audit entries: a collector's promise shows once, with the
/// collector's name, in the reader's language; every audit entry of the case appears exactly once. SQLite and PostgreSQL.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseAuditTimelineUiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task CasePage_CollectorRecordsPromise_TimelineShowsItOnceWithTheCollectorsName(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var caseId = await E2ECases.OpenAsync(server, $"TL-{suffix}");
        var promiseDate = (await E2EClock.TodayAsync(server)).AddDays(5);
        var collector = $"lucia-{suffix}@e2e.test";
        using (var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password))
        {
            (await admin.PostJsonAsync("/api/v1/admin/users",
                new { email = collector, password = StaffAccounts.Password, displayName = "Lucía Llamadas", roles = new[] { "collector" }, groups = new[] { "junior-collectors" } }))
                .EnsureSuccessStatusCode();
        }

        var page = await StaffSignIn.SignInAsync(browser, server, collector);
        await page.GotoAsync($"/cases/{caseId}");
        await page.GetByTestId("action-promise").ClickAsync();
        await page.GetByTestId("action-amount").FillAsync("250");
        await page.GetByTestId("action-promiseDate").FillAsync(promiseDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("action-submit").ClickAsync();

        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Promesa registrada");
        await page.GetByTestId("action-contact").ClickAsync();
        await page.GetByTestId("action-channel").SelectOptionAsync("visit");
        await page.GetByTestId("action-outcome").SelectOptionAsync("not-reached");
        await page.GetByTestId("action-submit").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Contacto registrado");
        var timeline = page.GetByTestId("case-timeline");
        var promise = timeline.Locator("li[data-kind='promise.created']");
        await Expect(promise).ToHaveCountAsync(1);
        await Expect(promise.GetByTestId("timeline-who")).ToHaveTextAsync("— Auditoría por Lucía Llamadas");
        await Expect(timeline.Locator("li[data-kind='audit'][data-action='promise.created']")).ToHaveCountAsync(0);
        var contact = timeline.Locator("li[data-kind='contact.attempted']");
        await Expect(contact).ToHaveCountAsync(1);
        await Expect(contact.GetByTestId("timeline-who")).ToHaveTextAsync("— Auditoría por Lucía Llamadas");
        await Expect(timeline.Locator("li[data-kind='audit']")).ToHaveCountAsync(0);
        foreach (var who in await timeline.GetByTestId("timeline-who").AllInnerTextsAsync())
        {
            Assert.DoesNotContain(collector, who, StringComparison.Ordinal); // the name, not the account id
        }
        await Screenshots.TakeAsync(page, server, "case-timeline-audit", fullPage: true);

        // Every audit entry of the case appears exactly once: on the event it records, or as its own audit line.
        var entries = JsonDocument.Parse(await (await page.Context.APIRequest.GetAsync($"/api/v1/staff/cases/{caseId}/audit")).TextAsync()).RootElement;
        var shown = await timeline.Locator("li[data-audited='true']").CountAsync() + await timeline.Locator("li[data-kind='audit']").CountAsync();
        Assert.Equal(entries.GetArrayLength(), shown);

        await page.GetByTestId("lang-switch").ClickAsync();

        await Expect(promise.GetByTestId("timeline-who")).ToHaveTextAsync("— Audit by Lucía Llamadas");
        await Expect(contact.GetByTestId("timeline-who")).ToHaveTextAsync("— Audit by Lucía Llamadas");
        await page.Context.CloseAsync();
    }
}
