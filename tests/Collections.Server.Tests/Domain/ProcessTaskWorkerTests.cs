using System.Net;
using System.Net.Http.Json;
using Collections.Engine.Api;

namespace Collections.Server.Tests.Domain;

/// <summary>The domain's worker for the playbook's suspend-service, restore-service and notify-webhook topics.</summary>
public sealed class ProcessTaskWorkerTests
{
    private const string Handover = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://collections.test">
          <bpmn:process id="handover" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="suspend" />
            <bpmn:serviceTask id="suspend" camunda:type="external" camunda:topic="suspend-service">
              <bpmn:extensionElements><camunda:inputOutput>
                <camunda:inputParameter name="template">service-suspension-notice</camunda:inputParameter>
                <camunda:outputParameter name="serviceSuspended">${true}</camunda:outputParameter>
              </camunda:inputOutput></bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="f2" sourceRef="suspend" targetRef="legal" />
            <bpmn:serviceTask id="legal" camunda:type="external" camunda:topic="notify-webhook">
              <bpmn:extensionElements><camunda:inputOutput>
                <camunda:inputParameter name="event">case.sent_to_legal</camunda:inputParameter>
                <camunda:inputParameter name="outcome">legal</camunda:inputParameter>
              </camunda:inputOutput></bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="f3" sourceRef="legal" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Theory, SqliteData, PostgresData]
    public async Task Worker_SuspendThenLegal_EventsSentProcessEndsCaseCloses(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, TestPlaybook.Xml, Handover);
        using var client = factory.CreateClient();
        await client.SubscribeAsync("service.suspension_requested", "case.sent_to_legal", "case.closed");
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-W-1", DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime).AddDays(-40), 500m);
        var @case = (await (await client.PostAsJsonAsync("/api/v1/cases", new { invoiceId = invoice.GetProperty("id").GetGuid(), processKey = "handover" })).ReadAsync(HttpStatusCode.Created)).GetProperty("case");

        await factory.RunDueAsync(); // the worker serves suspend-service
        await factory.RunDueAsync(); // then notify-webhook; the process ends
        await factory.RunDueAsync(); // the domain notices the process ended

        var instance = await factory.Queries.GetInstanceAsync(@case.GetProperty("processInstanceId").GetGuid(), CancellationToken.None);
        Assert.Equal(ProcessInstanceStatus.Completed, instance!.Status);
        Assert.Equal(true, (await factory.Queries.GetVariablesAsync(instance.Id, CancellationToken.None))["serviceSuspended"].Value);
        Assert.Equal(["case.closed", "case.sent_to_legal", "service.suspension_requested"], factory.Receiver.Received.Select(r => r.EventType).Order());
        var detail = await client.GetJsonAsync($"/api/v1/cases/{@case.GetProperty("id").GetGuid()}");
        Assert.Equal("process-ended", detail.GetProperty("case").GetProperty("outcome").GetString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "service.suspension_requested");
    }
}
