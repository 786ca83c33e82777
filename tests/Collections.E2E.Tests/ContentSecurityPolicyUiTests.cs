using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Templates;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>
/// The server's Content-Security-Policy (docs/security.md) holds in the browser: the pages that do the most (the
/// designer with a diagram, a case page with its diagram, a version with its diff, the outbox's sandboxed HTML frame,
/// the audit page) load without one refusal; and the recorder does see a refusal when there is one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyUiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task Pages_DesignerCaseVersionsOutboxAudit_LoadWithoutPolicyViolation(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var key = $"e2e-csp-{suffix}";
        var caseId = await E2ECases.OpenAsync(server, $"CSP-{suffix}");
        var subject = $"Recordatorio CSP-{suffix}";
        await DeployTwoVersionsAsync(server, key);
        await WriteOutboxMailAsync(server, subject);
        CspViolationRecorder recorder = null!;
        var page = await StaffSignIn.SignInAsync(browser, server, StaffAccounts.Admin, async p => recorder = await CspViolationRecorder.AttachAsync(p));

        await page.GotoAsync($"/designer/{key}");
        await Expect(page.Locator(".djs-element[data-element-id=CallDebtor]")).ToBeVisibleAsync();
        await Expect(page.Locator(".djs-palette")).ToBeVisibleAsync();
        await page.GotoAsync($"/cases/{caseId}");
        await Expect(page.Locator(".djs-element.waiting[data-element-id=call_debtor]")).ToHaveCountAsync(1);
        await page.GotoAsync($"/versions/{key}");
        await Expect(page.GetByTestId("version-title")).ToContainTextAsync("versión 2");
        await Expect(page.Locator("[data-testid=diff-item][data-element-id=CallDebtor]")).ToHaveCountAsync(1);
        await Expect(page.Locator(".djs-element.diff-changed[data-element-id=CallDebtor]")).ToHaveCountAsync(1);
        await page.GotoAsync("/outbox");
        await page.GetByTestId("outbox").GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await Expect(page.FrameLocator("[data-testid=outbox-html]").GetByText($"CSP-{suffix}").First).ToBeVisibleAsync();
        await page.GotoAsync("/audit");
        await Expect(page.GetByTestId("audit")).ToBeVisibleAsync();
        await page.GotoAsync("/inbox"); // leaving the last page flushes its pending reports before the assertion

        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        Assert.Empty(recorder.Violations);
        await page.Context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task Recorder_ImageFromAnotherOrigin_IsReportedAsViolation(string provider)
    {
        var server = await browser.ServerAsync(provider);
        CspViolationRecorder recorder = null!;
        var page = await StaffSignIn.SignInAsync(browser, server, StaffAccounts.Collector, async p => recorder = await CspViolationRecorder.AttachAsync(p));

        // img-src allows only this origin (and data:/blob:): the browser refuses before any request leaves.
        await page.EvaluateAsync("() => { const i = document.createElement('img'); i.src = 'https://elsewhere.invalid/pixel.png'; document.body.append(i); }");

        await recorder.FirstViolation.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains(recorder.Violations, v => v.Contains("img-src", StringComparison.Ordinal) && v.Contains("elsewhere.invalid", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    /// <summary>The E2E collection process under <paramref name="key"/>, then again with the call renamed (a change the diff shows).</summary>
    private static async Task DeployTwoVersionsAsync(E2EServer server, string key)
    {
        var first = E2EBpmn.CallDebtor.Replace(E2EBpmn.ProcessKey, key, StringComparison.Ordinal);
        var second = first.Replace("name=\"Call debtor\"", "name=\"Llamar al deudor\"", StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        using var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password);
        foreach (var xml in new[] { first, second })
        {
            using var deployed = await admin.PostXmlAsync($"/api/v1/deployments?name={key}.bpmn", xml);
            Assert.True(deployed.IsSuccessStatusCode, await deployed.Content.ReadAsStringAsync());
        }
    }

    private static async Task WriteOutboxMailAsync(E2EServer server, string subject)
    {
        var text = $"Estimado(a) cliente:\n\n- Referencia: {subject}\n- Importe pendiente: 1.200,50 €\n";
        var sender = new OutboxEmailSender(Options.Create(new EmailOptions { OutboxDirectory = server.OutboxDirectory }), TimeProvider.System);
        await sender.SendAsync(new EmailMessage(["pagos@levante.es"], subject, text, "csp-e2e", HtmlBody.From(subject, text, "es"), Guid.NewGuid()), default);
    }
}
