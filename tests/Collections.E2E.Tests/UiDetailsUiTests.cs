using System.Globalization;
using System.Text;
using System.Text.Json;
using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Templates;
using Collections.E2E.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>
/// Details a new user noticed, each checked in the browser on SQLite and PostgreSQL: the designer opens on its process
/// list; the version view says what changed in words (es, en) and opens zoomed on it with a mini-map; the inbox and the
/// task page name each priority for what it is; dates are typed as the UI language writes them; the outbox frame shows
/// the whole message. Each test signs in its own user, so switching its language touches no other test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UiDetailsUiTests(BrowserEnvironment browser)
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory, SqliteServer, PostgresServer]
    public async Task ProcessOwner_DesignerAndVersionView_ListProcessesAndSayWhatChangedInWordsZoomedOnIt(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var key = $"e2e-wide-{suffix}";
        var owner = await CreateUserAsync(server, $"olga-{suffix}@e2e.test", "Olga Procesos", "process-owner");
        await DeployAsync(server, key, WideProcess(key, "${juniorCallDelay}"));
        await DeployAsync(server, key, WideProcess(key, "PT2M"));
        var page = await StaffSignIn.SignInAsync(browser, server, owner);

        // The designer's first screen: the processes with their latest version and who published it, each with "open".
        await page.GotoAsync("/designer");
        var row = page.Locator($"[data-testid=designer-home-row][data-key='{key}']");
        await Expect(row.GetByTestId("designer-home-version")).ToHaveTextAsync("v2");
        await Expect(row.GetByTestId("designer-home-source")).ToContainTextAsync("publicada por la API");
        await Expect(page.GetByTestId("designer-new")).ToBeEnabledAsync();
        await row.GetByTestId($"designer-open-{key}").ClickAsync();
        await Expect(page.Locator("[data-testid=designer-canvas][data-loaded=true]")).ToBeAttachedAsync();

        // The version view: the changed timer in words, in Spanish, never a property path or a BPMN type name.
        await page.GotoAsync($"/versions/{key}");
        var item = page.Locator("[data-testid=diff-item][data-element-id=WaitBeforeCall]");
        await Expect(item.GetByTestId("diff-element")).ToHaveTextAsync("Esperar antes de llamar");
        await Expect(item.GetByTestId("diff-detail")).ToHaveTextAsync("Temporizador: ${juniorCallDelay} → PT2M");
        await Expect(item).ToContainTextAsync("Evento de espera");
        var list = await page.GetByTestId("diff-list").InnerTextAsync();
        Assert.DoesNotContain("eventDefinitions", list, StringComparison.Ordinal);
        Assert.DoesNotContain("TimerEventDefinition", list, StringComparison.Ordinal);

        // It opens on the changed event at a readable size, with a mini-map; "whole process" shrinks it, "current" goes back.
        var changed = page.Locator(".djs-element.diff-changed[data-element-id=WaitBeforeCall]");
        await Expect(page.Locator("[data-testid=version-diagram] .djs-minimap.open")).ToBeVisibleAsync();
        Assert.True(await WidthAsync(changed) >= 30, "the changed 36-unit event opens at least 30 px wide");
        await page.GetByTestId("diagram-fit").ClickAsync();
        Assert.True(await WidthAsync(changed) < 20, "the whole process fitted shows the event small");
        await page.GetByTestId("diagram-focus").ClickAsync();
        Assert.True(await WidthAsync(changed) >= 30, "going back to the current part zooms in again");
        await Screenshots.TakeAsync(page, server, "versions-diff-in-words");

        // The same change, read in English.
        await page.GetByTestId("lang-switch").ClickAsync();
        await Expect(item.GetByTestId("diff-detail")).ToHaveTextAsync("Timer: ${juniorCallDelay} → PT2M");
        await Expect(item).ToContainTextAsync("Wait event");
        await page.Context.CloseAsync();
    }

    [Theory, SqliteServer, PostgresServer]
    public async Task Collector_InboxTaskCaseOutbox_PrioritiesNamedDatesInUiLanguageWholeMessageShown(string provider)
    {
        var server = await browser.ServerAsync(provider);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var invoice = $"UID-{suffix}";
        var caseId = await E2ECases.OpenAsync(server, invoice);
        var promiseDate = (await E2EClock.TodayAsync(server)).AddDays(6);
        var signature = $"Departamento de Cobranza {suffix}";
        await WriteLongMailAsync(server, $"Estado de cuenta {suffix}", signature);
        var collector = await CreateUserAsync(server, $"carla-{suffix}@e2e.test", "Carla Cobros", "collector");
        var page = await StaffSignIn.SignInAsync(browser, server, collector);

        // The inbox orders by the case's priority and says so; the task page names both numbers.
        var row = page.GetByTestId("inbox-row").Filter(new() { HasText = invoice });
        await Expect(row).ToBeVisibleAsync();
        await Expect(page.GetByTestId("inbox-list").Locator("th").First).ToHaveTextAsync("Prioridad del caso");
        var casePriority = await row.GetByTestId("inbox-priority").InnerTextAsync();
        await row.GetByTestId("inbox-claim").ClickAsync();
        await Expect(row).ToContainTextAsync(collector);
        await row.GetByTestId("inbox-open").ClickAsync();
        await Expect(page.Locator("dt", new() { HasText = "Prioridad del caso" })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("task-case-priority")).ToHaveTextAsync(casePriority);
        await Expect(page.Locator("dt", new() { HasText = "Prioridad de la tarea" })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("task-priority")).ToHaveTextAsync("60");

        // The promise date is typed as Spanish writes it, with a Spanish calendar, and reaches the case as that day.
        await page.GetByTestId("field-callOutcome").SelectOptionAsync("promise");
        var date = page.GetByTestId("field-promiseDate");
        await Expect(date).ToHaveAttributeAsync("placeholder", "dd/mm/aaaa");
        await date.FillAsync(promiseDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await date.BlurAsync();
        await date.ClickAsync();
        Assert.Equal(MonthName(promiseDate, Spanish), await CalendarMonthAsync(page), ignoreCase: true);
        await page.GetByTestId("field-promiseAmount").FillAsync("400");
        await page.GetByTestId("task-complete").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Tarea completada");
        Assert.Equal(promiseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await PromiseDateAsync(server, collector, caseId));

        // The case page opens its diagram on the activity the case waits at, with the mini-map and zoom buttons.
        await page.GotoAsync($"/cases/{caseId}");
        await Expect(page.Locator(".djs-element.waiting[data-element-id=promise_wait]")).ToBeVisibleAsync();
        await Expect(page.Locator(".djs-minimap.open")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("diagram-controls")).ToBeVisibleAsync();

        // In English the same date input says so and its calendar speaks English.
        await page.GetByTestId("lang-switch").ClickAsync();
        await Expect(page.GetByTestId("lang-switch")).ToHaveTextAsync("Español"); // the page is drawn again, in English
        await page.GetByTestId("action-promise").ClickAsync();
        var promise = page.GetByTestId("action-promiseDate");
        await Expect(promise).ToHaveAttributeAsync("placeholder", "dd/mm/yyyy");
        await promise.FillAsync(promiseDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await promise.BlurAsync();
        await promise.ClickAsync();
        Assert.Equal(MonthName(promiseDate, English), await CalendarMonthAsync(page), ignoreCase: true);
        await page.Locator(".flatpickr-calendar.open .flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)").GetByText("15", new() { Exact = true }).ClickAsync();
        await Expect(promise).ToHaveValueAsync($"15/{promiseDate:MM}/{promiseDate:yyyy}");

        // The outbox frame is as tall as the message: its last line, the signature, lies inside the frame.
        await page.GotoAsync("/outbox");
        await page.GetByTestId("outbox").GetByRole(AriaRole.Link, new() { Name = $"Estado de cuenta {suffix}" }).ClickAsync();
        var frame = page.GetByTestId("outbox-html");
        var signatureLine = page.FrameLocator("[data-testid=outbox-html]").GetByText(signature);
        await Expect(signatureLine).ToBeVisibleAsync();
        Assert.DoesNotContain("allow-scripts", await frame.GetAttributeAsync("sandbox") ?? "allow-scripts", StringComparison.Ordinal);
        var frameBox = (await frame.BoundingBoxAsync())!;
        var signatureBox = (await signatureLine.BoundingBoxAsync())!;
        Assert.True(signatureBox.Y + signatureBox.Height <= frameBox.Y + frameBox.Height,
            $"signature ends at {signatureBox.Y + signatureBox.Height}, the frame at {frameBox.Y + frameBox.Height}");
        await page.Context.CloseAsync();
    }

    private static string MonthName(DateOnly day, CultureInfo culture) => culture.DateTimeFormat.GetMonthName(day.Month);

    /// <summary>The month the open calendar shows (its month drop-down's choice).</summary>
    private static async Task<string> CalendarMonthAsync(IPage page) =>
        await page.Locator(".flatpickr-calendar.open select.flatpickr-monthDropdown-months")
            .EvaluateAsync<string>("s => s.options[s.selectedIndex].text");

    private static async Task<double> WidthAsync(ILocator element) => (await element.BoundingBoxAsync())!.Width;

    private static async Task<string> CreateUserAsync(E2EServer server, string email, string name, string role)
    {
        using var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password);
        var groups = role == "collector" ? new[] { "junior-collectors" } : [];
        (await admin.PostJsonAsync("/api/v1/admin/users", new { email, password = StaffAccounts.Password, displayName = name, roles = new[] { role }, groups }))
            .EnsureSuccessStatusCode();
        return email;
    }

    private static async Task DeployAsync(E2EServer server, string key, string xml)
    {
        using var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password);
        using var deployed = await admin.PostXmlAsync($"/api/v1/deployments?name={key}.bpmn", xml);
        Assert.True(deployed.IsSuccessStatusCode, await deployed.Content.ReadAsStringAsync());
    }

    private static async Task<string> PromiseDateAsync(E2EServer server, string collector, Guid caseId)
    {
        using var client = await StaffApiClient.SignInAsync(server.BaseAddress, collector, StaffAccounts.Password);
        using var response = await client.GetAsync($"/api/v1/staff/cases/{caseId}");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("detail").GetProperty("promises")[0].GetProperty("promiseDate").GetString()!;
    }

    /// <summary>A statement long enough to pass the old fixed frame height, signed on its last line.</summary>
    private static async Task WriteLongMailAsync(E2EServer server, string subject, string signature)
    {
        var text = new StringBuilder("Estimado(a) cliente:\n\n");
        for (var i = 1; i <= 40; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"- Factura F-{i:000}: pendiente 100,00 €\n");
        }

        text.Append("\nAtentamente,\n").Append(signature).Append('\n');
        var sender = new OutboxEmailSender(Options.Create(new EmailOptions { OutboxDirectory = server.OutboxDirectory }), TimeProvider.System);
        await sender.SendAsync(new EmailMessage(["pagos@levante.es"], subject, text.ToString(), "ui-details-e2e", HtmlBody.From(subject, text.ToString(), "es"), Guid.NewGuid()), default);
    }

    /// <summary>
    /// A process spread over six rows and 3,000 units, as wide as the real collection process: the changed timer sits
    /// in the bottom-right corner, where the whole process fitted into the page would draw it a few pixels wide.
    /// </summary>
    private static string WideProcess(string key, string delay)
    {
        var shapes = new StringBuilder();
        var flows = new StringBuilder();
        var edges = new StringBuilder();
        var elements = new StringBuilder("<bpmn:startEvent id=\"Start\" name=\"Factura vencida\" />");
        shapes.Append("<bpmndi:BPMNShape id=\"Start_di\" bpmnElement=\"Start\"><dc:Bounds x=\"100\" y=\"100\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>");
        var previous = ("Start", 136, 118);
        for (var i = 1; i <= 6; i++)
        {
            var (x, y) = (i * 450, i * 250 - 150);
            elements.Append(CultureInfo.InvariantCulture, $"<bpmn:userTask id=\"Step{i}\" name=\"Paso {i}\" camunda:candidateGroups=\"junior-collectors\" />");
            shapes.Append(CultureInfo.InvariantCulture, $"<bpmndi:BPMNShape id=\"Step{i}_di\" bpmnElement=\"Step{i}\"><dc:Bounds x=\"{x}\" y=\"{y}\" width=\"100\" height=\"80\" /></bpmndi:BPMNShape>");
            Connect($"f{i}", previous, ($"Step{i}", x, y + 40));
            previous = ($"Step{i}", x + 100, y + 40);
        }

        elements.Append(CultureInfo.InvariantCulture, $"""
            <bpmn:intermediateCatchEvent id="WaitBeforeCall" name="Esperar antes de llamar">
              <bpmn:timerEventDefinition><bpmn:timeDuration>{delay}</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="End" name="Fin" />
            """);
        shapes.Append("<bpmndi:BPMNShape id=\"WaitBeforeCall_di\" bpmnElement=\"WaitBeforeCall\"><dc:Bounds x=\"2900\" y=\"1422\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>");
        shapes.Append("<bpmndi:BPMNShape id=\"End_di\" bpmnElement=\"End\"><dc:Bounds x=\"3050\" y=\"1422\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>");
        Connect("f7", previous, ("WaitBeforeCall", 2900, 1440));
        Connect("f8", ("WaitBeforeCall", 2936, 1440), ("End", 3050, 1440));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
              xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
              xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_wide" targetNamespace="http://collections.dev/e2e">
              <bpmn:process id="{key}" name="Proceso ancho {key}" isExecutable="true">{elements}{flows}</bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram_wide"><bpmndi:BPMNPlane id="Plane_wide" bpmnElement="{key}">{shapes}{edges}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

        void Connect(string id, (string Id, int X, int Y) from, (string Id, int X, int Y) to)
        {
            flows.Append(CultureInfo.InvariantCulture, $"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{from.Id}\" targetRef=\"{to.Id}\" />");
            edges.Append(CultureInfo.InvariantCulture,
                $"<bpmndi:BPMNEdge id=\"{id}_di\" bpmnElement=\"{id}\"><di:waypoint x=\"{from.X}\" y=\"{from.Y}\" /><di:waypoint x=\"{to.X}\" y=\"{to.Y}\" /></bpmndi:BPMNEdge>");
        }
    }
}
