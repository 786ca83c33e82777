using Collections.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collections.E2E.Tests;

/// <summary>The designer's version view (issue 8 item 2): cases waiting per activity and the changes from the previous version.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VersionsUiTests(BrowserEnvironment browser)
{
    private const string Key = "e2e-versions";

    private const string Version1 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_versions" targetNamespace="http://collections.dev/e2e">
          <bpmn:process id="e2e-versions" name="E2E versions" isExecutable="true">
            <bpmn:startEvent id="Start" name="Invoice overdue" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="CallDebtor" />
            <bpmn:userTask id="CallDebtor" name="Call debtor" camunda:candidateGroups="junior-collectors" />
            <bpmn:sequenceFlow id="f2" sourceRef="CallDebtor" targetRef="End" />
            <bpmn:endEvent id="End" name="Case closed" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram">
            <bpmndi:BPMNPlane id="Plane" bpmnElement="e2e-versions">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="CallDebtor_di" bpmnElement="CallDebtor"><dc:Bounds x="250" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="412" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="188" y="120" /><di:waypoint x="250" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="350" y="120" /><di:waypoint x="412" y="120" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    /// <summary>The call renamed, a reminder task added after it, the old flow to the end removed, the end moved.</summary>
    private const string Version2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_versions" targetNamespace="http://collections.dev/e2e">
          <bpmn:process id="e2e-versions" name="E2E versions" isExecutable="true">
            <bpmn:startEvent id="Start" name="Invoice overdue" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="CallDebtor" />
            <bpmn:userTask id="CallDebtor" name="Llamar al deudor" camunda:candidateGroups="junior-collectors" />
            <bpmn:sequenceFlow id="f3" sourceRef="CallDebtor" targetRef="SendReminder" />
            <bpmn:userTask id="SendReminder" name="Send reminder" camunda:candidateGroups="junior-collectors" />
            <bpmn:sequenceFlow id="f4" sourceRef="SendReminder" targetRef="End" />
            <bpmn:endEvent id="End" name="Case closed" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram">
            <bpmndi:BPMNPlane id="Plane" bpmnElement="e2e-versions">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="CallDebtor_di" bpmnElement="CallDebtor"><dc:Bounds x="250" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="SendReminder_di" bpmnElement="SendReminder"><dc:Bounds x="410" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="572" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="188" y="120" /><di:waypoint x="250" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="350" y="120" /><di:waypoint x="410" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4"><di:waypoint x="510" y="120" /><di:waypoint x="572" y="120" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [Theory, SqliteServer, PostgresServer]
    public async Task Versions_SecondVersionPublished_ShowsWaitingCasesOnOldAndChangesOnNew(string provider)
    {
        var server = await browser.ServerAsync(provider);
        using (var admin = await StaffApiClient.SignInAsync(server.BaseAddress, StaffAccounts.Admin, StaffAccounts.Password))
        {
            using var deployed = await admin.PostXmlAsync($"/api/v1/deployments?name={Key}.bpmn", Version1);
            deployed.EnsureSuccessStatusCode();
            for (var i = 0; i < 2; i++)
            {
                using var started = await admin.PostJsonAsync("/api/v1/process-instances", new { processKey = Key, businessKey = $"VER-{provider}-{i}" });
                started.EnsureSuccessStatusCode();
            }
        }

        var page = await browser.NewPageAsync(server);
        await page.GotoAsync("/login");
        await page.GetByTestId("login-email").FillAsync(StaffAccounts.ProcessOwner);
        await page.GetByTestId("login-password").FillAsync(StaffAccounts.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        await page.GotoAsync($"/designer/{Key}");
        await Expect(page.Locator(".djs-element[data-element-id=CallDebtor]")).ToBeVisibleAsync(); // version 1 is open
        await page.EvaluateAsync("xml => window.collectionsModeler.importXML(xml)", Version2);
        await Expect(page.Locator(".djs-element[data-element-id=SendReminder]")).ToBeVisibleAsync();
        await page.GetByTestId("designer-publish").ClickAsync();
        // The dialog names the running cases that stay on version 1 and refuses to publish without a change note.
        await Expect(page.GetByTestId("publish-running")).ToHaveAttributeAsync("data-running", "2");
        await Expect(page.GetByTestId("publish-running")).ToContainTextAsync("2 caso(s) en curso seguirán en su versión actual");
        await page.GetByTestId("publish-confirm").ClickAsync();
        await Expect(page.GetByTestId("publish-note-error")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("publish-dialog")).ToBeVisibleAsync();
        await page.GetByTestId("publish-note").FillAsync("Recordatorio por correo antes de llamar");
        await page.GetByTestId("publish-confirm").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync($"Publicado {Key} versión 2");
        await Expect(page.GetByTestId($"process-{Key}-v2")).ToBeVisibleAsync();
        await Expect(page.Locator(".djs-palette")).ToBeVisibleAsync(); // the designer has reloaded the published version

        await page.GetByTestId("nav-versions").ClickAsync();
        await Expect(page.GetByTestId("versions-page")).ToBeVisibleAsync();
        await page.GetByTestId($"versions-process-{Key}").ClickAsync();

        await Expect(page.GetByTestId("version-title")).ToContainTextAsync("versión 2");
        await Expect(page.GetByTestId("version-source")).ToContainTextAsync("publicada en el diseñador por Pablo Procesos");
        await Expect(page.GetByTestId("version-note")).ToContainTextAsync("Recordatorio por correo antes de llamar");
        await Expect(page.GetByTestId("download-v2")).ToHaveAttributeAsync("download", $"{Key}-v2.bpmn");
        var items = page.GetByTestId("diff-item");
        await Expect(items.And(page.Locator("[data-kind=added][data-element-id=SendReminder]"))).ToHaveCountAsync(1);
        await Expect(items.And(page.Locator("[data-kind=added][data-element-id=f3]"))).ToHaveCountAsync(1);
        await Expect(items.And(page.Locator("[data-kind=removed][data-element-id=f2]"))).ToHaveCountAsync(1);
        await Expect(items.And(page.Locator("[data-kind=changed][data-element-id=CallDebtor]"))).ToContainTextAsync("Call debtor → Llamar al deudor");
        await Expect(page.Locator(".djs-element.diff-added[data-element-id=SendReminder]")).ToHaveCountAsync(1);
        await Expect(page.Locator(".djs-element.diff-changed[data-element-id=CallDebtor]")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("stats-overlay")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, server, "versions-diff");

        await page.GetByTestId("version-link-1").ClickAsync();

        await Expect(page.GetByTestId("version-title")).ToContainTextAsync("versión 1");
        await Expect(page.GetByTestId("version-source")).ToContainTextAsync("publicada por la API");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-v1").ClickAsync());
        Assert.Equal($"{Key}-v1.bpmn", download.SuggestedFilename);
        Assert.Contains("<bpmn:userTask id=\"CallDebtor\"", await File.ReadAllTextAsync(await download.PathAsync()));
        await Expect(page.Locator("[data-testid=stats-overlay][data-element-id=CallDebtor]")).ToHaveAttributeAsync("data-instances", "2");
        await Expect(page.Locator("[data-testid=stats-overlay][data-element-id=CallDebtor]")).ToContainTextAsync("2");
        await Expect(page.GetByTestId("diff-first")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, server, "versions-counts");
        await page.Context.CloseAsync();
    }
}
