using System.Globalization;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>The inbox pages, filters and searches on the server (issue 8 item 3), on SQLite and on PostgreSQL.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InboxUiTests(BrowserEnvironment browser)
{
    private const string ProcessKey = "e2e-review";
    private const string Group = "billing";
    private const string Reviewer = "reviewer@e2e.test";

    /// <summary>A task for the billing group only, so these tasks stay out of the shared collector's inbox.</summary>
    private const string ReviewProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          id="Definitions_review" targetNamespace="http://collections.dev/e2e">
          <bpmn:process id="e2e-review" name="E2E review" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Review" />
            <bpmn:userTask id="Review" name="Revisar factura" camunda:candidateGroups="billing" />
            <bpmn:sequenceFlow id="f2" sourceRef="Review" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Theory, SqliteServer, PostgresServer]
    public async Task Inbox_MoreTasksThanAPage_PagesForwardAndBackAndSearchesOnServer(string provider)
    {
        var server = await browser.ServerAsync(provider);
        await ArrangeAsync(server, 55);
        var page = await browser.NewPageAsync(server);
        await page.GotoAsync("/login");
        await page.GetByTestId("login-email").FillAsync(Reviewer);
        await page.GetByTestId("login-password").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        var rows = page.GetByTestId("inbox-row");

        await Expect(page.GetByTestId("inbox-range")).ToHaveTextAsync("1–50 de 55");
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(page.GetByTestId("inbox-task-type")).ToContainTextAsync("Revisar factura (55)");
        await page.GetByTestId("inbox-next").ClickAsync();
        await Expect(page.GetByTestId("inbox-range")).ToHaveTextAsync("51–55 de 55");
        await Expect(rows).ToHaveCountAsync(5);
        await Expect(page.GetByTestId("inbox-next")).ToBeDisabledAsync();
        await page.GetByTestId("inbox-previous").ClickAsync();
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(page.GetByTestId("inbox-previous")).ToBeDisabledAsync();

        await page.GetByTestId("inbox-search").FillAsync("rev-07");

        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("REV-07");
        await Expect(rows.First.GetByTestId("inbox-amount")).ToContainTextAsync("10.007,00");
        await page.GetByTestId("inbox-search").FillAsync(string.Empty);
        await Expect(rows).ToHaveCountAsync(50);
        await page.GetByTestId("inbox-overdue").SelectOptionAsync("1-30");
        await Expect(page.GetByTestId("inbox-empty")).ToBeVisibleAsync(); // processes started without a case have no invoice
        await page.Context.CloseAsync();
    }

    private static async Task ArrangeAsync(E2EServer server, int tasks)
    {
        using var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password);
        using (var deployed = await admin.PostXmlAsync($"/api/v1/deployments?name={ProcessKey}.bpmn", ReviewProcess))
        {
            deployed.EnsureSuccessStatusCode();
        }

        using (var user = await admin.PostJsonAsync("/api/v1/admin/users",
                   new { email = Reviewer, password = StaffAccounts.Password, displayName = "Rita Revisora", roles = new[] { "collector" }, groups = new[] { Group } }))
        {
            user.EnsureSuccessStatusCode();
        }

        for (var i = 0; i < tasks; i++)
        {
            var number = i.ToString("00", CultureInfo.InvariantCulture);
            using var started = await admin.PostJsonAsync("/api/v1/process-instances", new
            {
                processKey = ProcessKey, businessKey = $"REV-{number}", variables = new { amount = 10_000m + i, currency = "MXN", debtor = $"Cliente {number}" },
            });
            started.EnsureSuccessStatusCode();
        }
    }
}
