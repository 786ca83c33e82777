using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Policy;
using Collections.Domain.Outreach.Workers;
using Collections.Engine.Api;
using Collections.Engine.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Collections.Domain.Tests.Outreach;

/// <summary>The <c>send-email</c> worker end to end on the in-memory engine: fetch, policy, render, outbox, complete.</summary>
public sealed class SendEmailWorkerTests : IAsyncLifetime
{
    private const string Diagram = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="defs" targetNamespace="http://collections.test">
          <bpmn:process id="remind" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="send" />
            <bpmn:sendTask id="send" camunda:type="external" camunda:topic="send-email">
              <bpmn:extensionElements><camunda:inputOutput>
                <camunda:inputParameter name="template">friendly-reminder</camunda:inputParameter>
                <camunda:inputParameter name="channel">email</camunda:inputParameter>
                <camunda:inputParameter name="recipients">debtor</camunda:inputParameter>
              </camunda:inputOutput></bpmn:extensionElements>
            </bpmn:sendTask>
            <bpmn:sequenceFlow id="f1" sourceRef="send" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    // 2026-03-10 12:30Z is 06:30 in Mexico City, 15:00Z is 09:00; the server's own zone is Tokyo to show it plays no part.
    private static readonly DateTimeOffset SixThirtyLocal = new(2026, 3, 10, 12, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NineLocal = new(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(SixThirtyLocal);
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), "outreach-" + Guid.NewGuid().ToString("N"));
    private InMemoryEngine _engine = null!;
    private OutboxEmailSender _sender = null!;
    private SendEmailHandler _handler = null!;
    private ExternalTaskWorker _worker = null!;
    private readonly OutreachWorkerOptions _options = new();

    public async Task InitializeAsync()
    {
        _clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        _engine = await InMemoryEngine.StartAsync(_clock, default);
        await _engine.Engine.DeployAsync(new DeploymentRequest("remind.bpmn", Diagram), default);
        _sender = new OutboxEmailSender(Options.Create(new EmailOptions { OutboxDirectory = _outbox }), _clock);
        _handler = new SendEmailHandler(OutreachTestData.Renderer(), new ContactPolicy(Options.Create(new ContactPolicyOptions())),
            new ProcessVariableContacts(), new SqlOutreachLog(_engine.Transactions), _clock, _sender);
        _worker = new ExternalTaskWorker(_handler, _engine.Engine, Options.Create(_options), _clock, NullLogger<ExternalTaskWorker>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        if (Directory.Exists(_outbox)) Directory.Delete(_outbox, recursive: true);
    }

    private async Task<ProcessInstanceInfo> StartCaseAsync(Action<Dictionary<string, object?>>? change = null)
    {
        var variables = OutreachTestData.SampleCase("es", "MX", "MXN");
        variables["debtorEmail"] = "pagos@martillo.example";
        change?.Invoke(variables);
        return await _engine.Engine.StartProcessAsync(new StartProcessRequest("remind", "F-2026-0042", variables), default);
    }

    private async Task<ProcessInstanceInfo> InstanceAsync(Guid id) => (await _engine.Queries.GetInstanceAsync(id, default))!;

    [Fact]
    public async Task RunOnceAsync_InsideHours_WritesOutboxAndCompletesWithMessageId()
    {
        _clock.SetUtcNow(NineLocal);
        var instance = await StartCaseAsync();

        var fetched = await _worker.RunOnceAsync(default);

        var sent = Assert.Single(await _sender.ListAsync(default));
        var variables = await _engine.Queries.GetVariablesAsync(instance.Id, default);
        Assert.Equal(1, fetched);
        Assert.Equal("Recordatorio amable: factura F-2026-0042 pendiente de pago", sent.Subject);
        Assert.Equal("pagos@martillo.example", sent.To);
        Assert.Equal(sent.MessageId, variables[OutreachSendHandler.MessageIdVariable].Value);
        Assert.Equal(ProcessInstanceStatus.Completed, (await InstanceAsync(instance.Id)).Status);
        var body = await File.ReadAllTextAsync(Path.Combine(_outbox, sent.FileName));
        Assert.Contains("Importe pendiente: $12,345.67", body);
        Assert.Contains("Días de atraso: 8", body); // counted again on the debtor's calendar: 2 March to 10 March
    }

    [Fact]
    public async Task RunOnceAsync_SixThirtyLocal_DeferredUntilSevenThenSent()
    {
        var instance = await StartCaseAsync();

        await _worker.RunOnceAsync(default);
        var deferred = Assert.Single(await _engine.Queries.ListExternalTasksAsync(new ExternalTaskQuery(ProcessInstanceId: instance.Id), default));
        _clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 12, 59, 0, TimeSpan.Zero));
        var early = await _worker.RunOnceAsync(default);
        var sentEarly = await _sender.ListAsync(default);
        _clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 13, 0, 0, TimeSpan.Zero)); // 07:00 in Mexico City (the MX profile's window opens at 07:00)
        var onTime = await _worker.RunOnceAsync(default);

        Assert.Equal(_options.Retries, deferred.Retries); // a deferral spends no retry
        Assert.Contains("outside-hours", deferred.ErrorMessage);
        Assert.Equal(0, early);
        Assert.Empty(sentEarly);
        Assert.Equal(1, onTime);
        Assert.Single(await _sender.ListAsync(default));
        Assert.Equal(ProcessInstanceStatus.Completed, (await InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task RunOnceAsync_CrashAfterSendThenRetry_SendsOnce()
    {
        _clock.SetUtcNow(NineLocal);
        var instance = await StartCaseAsync();
        var locked = Assert.Single(await _engine.Engine.FetchAndLockAsync(new FetchAndLockRequest(_options.WorkerId, 1,
            [new FetchTopic("send-email", _options.LockDuration)]), default));
        await _handler.HandleAsync(locked, default); // sent and recorded, then the worker "crashes" before completing

        _clock.Advance(_options.LockDuration + TimeSpan.FromMinutes(1)); // the lock expires, the task is fetched again
        var refetched = await _worker.RunOnceAsync(default);

        var sent = Assert.Single(await _sender.ListAsync(default));
        var variables = await _engine.Queries.GetVariablesAsync(instance.Id, default);
        Assert.Equal(1, refetched);
        Assert.Equal(sent.MessageId, variables[OutreachSendHandler.MessageIdVariable].Value);
        Assert.Equal(ProcessInstanceStatus.Completed, (await InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task RunOnceAsync_OptedOutOfEmail_CompletesWithContactSkipped()
    {
        _clock.SetUtcNow(NineLocal);
        var instance = await StartCaseAsync(v => v["optOutChannels"] = "email");

        await _worker.RunOnceAsync(default);

        var variables = await _engine.Queries.GetVariablesAsync(instance.Id, default);
        Assert.Empty(await _sender.ListAsync(default));
        Assert.Equal(ContactReasons.OptOut, variables[OutreachSendHandler.ContactSkippedVariable].Value);
        Assert.Equal(ProcessInstanceStatus.Completed, (await InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task RunOnceAsync_DisputeOpen_PausesEmail()
    {
        _clock.SetUtcNow(NineLocal);
        var instance = await StartCaseAsync(v => v["disputeOpen"] = true);

        await _worker.RunOnceAsync(default);

        var task = Assert.Single(await _engine.Queries.ListExternalTasksAsync(new ExternalTaskQuery(ProcessInstanceId: instance.Id), default));
        Assert.Empty(await _sender.ListAsync(default));
        Assert.Contains("dispute-open", task.ErrorMessage);
        Assert.Equal(ProcessInstanceStatus.Active, (await InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task RunOnceAsync_TemplateVariableMissing_OpensIncidentAndSendsNothing()
    {
        _clock.SetUtcNow(NineLocal);
        var instance = await StartCaseAsync(v => v.Remove("invoiceNumber"));

        await _worker.RunOnceAsync(default);

        var incident = Assert.Single(await _engine.Queries.ListIncidentsAsync(new IncidentQuery(ProcessInstanceId: instance.Id), default));
        Assert.Empty(await _sender.ListAsync(default));
        Assert.Contains("invoiceNumber", incident.Message);
    }
}
