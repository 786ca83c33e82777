using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Templates;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>Issue 6's outbox page: a collector sees what the embedded default wrote instead of sending it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OutboxUiTests(BrowserEnvironment browser)
{
    [Theory, SqliteServer, PostgresServer]
    public async Task OutboxPage_Collector_ListsMessageAndShowsHtmlInSandboxedFrame(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var invoice = $"F-{Guid.NewGuid().ToString("N")[..6]}";
        var subject = $"Recordatorio amable: factura {invoice} pendiente de pago";
        var text = $"Estimado(a) cliente:\n\n- Factura: {invoice}\n- Importe pendiente: $1,200.50\n\n<script>parent.document.title='x'</script>\n";
        var sender = new OutboxEmailSender(Options.Create(new EmailOptions { OutboxDirectory = server.OutboxDirectory }), TimeProvider.System);
        await sender.SendAsync(new EmailMessage(["pagos@ferreteria.mx"], subject, text, "ai-e2e", HtmlBody.From(subject, text, "es"), Guid.NewGuid()), default);
        var page = await browser.NewPageAsync(server);
        await page.GotoAsync("/login");
        await page.GetByTestId("login-email").FillAsync(StaffAccounts.Collector);
        await page.GetByTestId("login-password").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();

        await page.GetByTestId("nav-outbox").ClickAsync();
        await page.GetByTestId("outbox").GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();

        await Expect(page.GetByTestId("outbox-subject")).ToHaveTextAsync(subject);
        await Expect(page.GetByTestId("outbox-text")).ToContainTextAsync($"Factura: {invoice}");
        var frame = page.GetByTestId("outbox-html");
        // Sandboxed with only allow-same-origin (the page reads the message's height to size the frame): no script runs.
        Assert.Equal("allow-same-origin", await frame.GetAttributeAsync("sandbox"));
        await Expect(page.FrameLocator("[data-testid=outbox-html]").GetByText($"Factura: {invoice}")).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync("Cobranza");
        await Screenshots.TakeAsync(page, server, "outbox-message");
        await page.Context.CloseAsync();
    }
}
