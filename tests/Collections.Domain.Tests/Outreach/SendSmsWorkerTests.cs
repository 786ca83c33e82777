using Collections.Domain.Outreach.Policy;
using Collections.Domain.Outreach.Sms;
using Collections.Domain.Outreach.Workers;
using Collections.Engine.Api;
using Collections.Engine.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Collections.Domain.Tests.Outreach;

public sealed class SendSmsWorkerTests
{
    private const string Diagram = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="defs" targetNamespace="http://collections.test">
          <bpmn:process id="text" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="send" />
            <bpmn:sendTask id="send" camunda:type="external" camunda:topic="send-sms">
              <bpmn:extensionElements><camunda:inputOutput>
                <camunda:inputParameter name="template">warning</camunda:inputParameter>
                <camunda:inputParameter name="channel">sms</camunda:inputParameter>
              </camunda:inputOutput></bpmn:extensionElements>
            </bpmn:sendTask>
            <bpmn:sequenceFlow id="f1" sourceRef="send" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task RunOnceAsync_DebtorPhone_WritesSmsOutboxAndCompletes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero)); // 09:00 in Mexico City
        var outbox = Path.Combine(Path.GetTempPath(), "outreach-sms-" + Guid.NewGuid().ToString("N"));
        await using var engine = await InMemoryEngine.StartAsync(clock, default);
        await engine.Engine.DeployAsync(new DeploymentRequest("text.bpmn", Diagram), default);
        var sender = new OutboxSmsSender(Options.Create(new SmsOptions { OutboxDirectory = outbox }), clock);
        var handler = new SendSmsHandler(OutreachTestData.Renderer(), new ContactPolicy(Options.Create(new ContactPolicyOptions())),
            new ProcessVariableContacts(), new SqlOutreachLog(engine.Transactions), clock, sender);
        var worker = new ExternalTaskWorker(handler, engine.Engine, Options.Create(new OutreachWorkerOptions()), clock, NullLogger<ExternalTaskWorker>.Instance);
        var variables = OutreachTestData.SampleCase("es", "MX", "MXN");
        variables["debtorPhone"] = "+525512345678";
        var instance = await engine.Engine.StartProcessAsync(new StartProcessRequest("text", null, variables), default);

        await worker.RunOnceAsync(default);

        var file = Assert.Single(sender.List());
        var text = await File.ReadAllTextAsync(Path.Combine(outbox, file));
        Assert.Contains("To: +525512345678", text);
        Assert.Contains("F-2026-0042", text);
        Assert.Equal(ProcessInstanceStatus.Completed, (await engine.Queries.GetInstanceAsync(instance.Id, default))!.Status);
        Directory.Delete(outbox, recursive: true);
    }
}
