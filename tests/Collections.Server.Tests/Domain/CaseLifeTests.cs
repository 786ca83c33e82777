using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Engine.Api;

namespace Collections.Server.Tests.Domain;

/// <summary>Issue 5 "Done when": a case over HTTP from opening to paid, disputes, promises, invoices registered before due.</summary>
public sealed class CaseLifeTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime);

    [Theory, SqliteData, PostgresData]
    public async Task OpenCase_OverdueInvoice_StartsLatestProcessWithVariables(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();

        var opened = await client.OpenCaseAsync("F-1001", 1200.50m);

        var @case = opened.GetProperty("case");
        Assert.Equal("open", @case.GetProperty("status").GetString());
        Assert.Equal("collect", @case.GetProperty("activity").GetString());
        Assert.Equal("junior-call", @case.GetProperty("stage").GetString());
        Assert.Equal(10, @case.GetProperty("daysOverdue").GetInt32());
        var instanceId = @case.GetProperty("processInstanceId").GetGuid();
        var instance = await factory.Queries.GetInstanceAsync(instanceId, CancellationToken.None);
        Assert.Equal("F-1001", instance!.BusinessKey);
        var variables = await factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None);
        Assert.Equal(1200.50m, variables["amount"].Value);
        Assert.Equal("MXN", variables["currency"].Value);
        Assert.Equal(10L, variables["daysOverdue"].Value);
        Assert.Equal("es", variables["debtorLanguage"].Value);
        Assert.Equal("America/Mexico_City", variables["debtorTimeZone"].Value);
        Assert.Equal("MX", variables["debtorCountry"].Value);
        Assert.Equal(true, variables["hasService"].Value);
        Assert.Equal(@case.GetProperty("id").GetGuid().ToString(), variables["caseId"].Value);
        Assert.Contains(opened.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "case.opened");
    }

    [Theory, SqliteData, PostgresData]
    public async Task Payments_PartialThenFull_CaseClosesProcessEndsWebhookSent(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.SubscribeAsync("*");
        var @case = (await client.OpenCaseAsync("F-2001", 1000m)).GetProperty("case");
        var invoiceId = @case.GetProperty("invoiceId").GetGuid();

        var partial = await (await client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 250.25m, currency = "MXN", reference = "SPEI-1" })).ReadAsync(HttpStatusCode.Created);
        var full = await (await client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 749.75m, currency = "MXN", reference = "SPEI-2" })).ReadAsync(HttpStatusCode.Created);
        await factory.DispatchWebhooksAsync();

        Assert.Equal("partial", partial.GetProperty("kind").GetString());
        Assert.Equal(749.75m, partial.GetProperty("balanceAfter").GetDecimal());
        Assert.Equal("full", full.GetProperty("kind").GetString());
        var detail = await client.GetJsonAsync($"/api/v1/cases/{@case.GetProperty("id").GetGuid()}");
        Assert.Equal("closed", detail.GetProperty("case").GetProperty("status").GetString());
        Assert.Equal("paid", detail.GetProperty("case").GetProperty("outcome").GetString());
        Assert.Equal(0m, detail.GetProperty("case").GetProperty("balance").GetDecimal());
        Assert.Equal(2, detail.GetProperty("payments").GetArrayLength());
        var instance = await factory.Queries.GetInstanceAsync(@case.GetProperty("processInstanceId").GetGuid(), CancellationToken.None);
        Assert.Equal(ProcessInstanceStatus.Completed, instance!.Status);
        var events = factory.Receiver.Received.Select(r => r.EventType).Order().ToList(); // deliveries carry no order guarantee
        // task.created: the test playbook's first step is the user task "collect".
        Assert.Equal(["case.closed", "case.opened", "payment.applied", "payment.applied", "task.created"], events);
    }

    [Theory, SqliteData, PostgresData]
    public async Task FullPayment_ProcessWaitsForNoMessage_CaseClosesAndInstanceCanceled(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, TestPlaybook.Xml, PlainProcess);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-3001", Today.AddDays(-5), 300m);
        var @case = (await (await client.PostAsJsonAsync("/api/v1/cases", new { invoiceId = invoice.GetProperty("id").GetGuid(), processKey = "plain" })).ReadAsync(HttpStatusCode.Created)).GetProperty("case");

        await (await client.PostAsJsonAsync($"/api/v1/invoices/{invoice.GetProperty("id").GetGuid()}/payments", new { amount = 300m, currency = "MXN", reference = "R-1" })).ReadAsync(HttpStatusCode.Created);

        var detail = await client.GetJsonAsync($"/api/v1/cases/{@case.GetProperty("id").GetGuid()}");
        Assert.Equal("closed", detail.GetProperty("case").GetProperty("status").GetString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "process.message-not-waiting");
        var instance = await factory.Queries.GetInstanceAsync(@case.GetProperty("processInstanceId").GetGuid(), CancellationToken.None);
        Assert.Equal(ProcessInstanceStatus.Canceled, instance!.Status);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Dispute_OpenThenResolve_OutreachPausesAndResumes(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var @case = (await client.OpenCaseAsync("F-4001")).GetProperty("case");
        var caseId = @case.GetProperty("id").GetGuid();
        var instanceId = @case.GetProperty("processInstanceId").GetGuid();

        var dispute = await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/disputes", new { reason = "billing-error", owner = "billing" })).ReadAsync(HttpStatusCode.Created);
        await factory.AdvanceAsync(TimeSpan.FromDays(10));
        var paused = await factory.Queries.GetInstanceAsync(instanceId, CancellationToken.None);
        var tasksWhilePaused = await factory.Queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: instanceId), CancellationToken.None);
        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/disputes/{dispute.GetProperty("id").GetGuid()}/resolve", new { resolution = "credit note CN-9" })).ReadAsync(HttpStatusCode.OK);
        var resumed = await factory.Queries.GetInstanceAsync(instanceId, CancellationToken.None);

        Assert.Equal(["dispute-wait"], paused!.WaitingActivityIds);
        Assert.Empty(tasksWhilePaused);
        Assert.Equal(["collect"], resumed!.WaitingActivityIds);
        var variables = await factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None);
        Assert.Equal("billing-error", variables["disputeReason"].Value);
        Assert.Equal("resume", variables["disputeOutcome"].Value);
        Assert.Equal("resolved", variables["disputeStatus"].Value);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Promise_PaidBeforeDate_KeptAndProcessEnds(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var @case = (await client.OpenCaseAsync("F-5001", 1000m)).GetProperty("case");
        var caseId = @case.GetProperty("id").GetGuid();

        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/promises", new { amount = 400m, currency = "MXN", promiseDate = Today.AddDays(5) })).ReadAsync(HttpStatusCode.Created);
        await factory.AdvanceAsync(TimeSpan.FromDays(2));
        await (await client.PostAsJsonAsync($"/api/v1/invoices/{@case.GetProperty("invoiceId").GetGuid()}/payments", new { amount = 400m, currency = "MXN", reference = "P-1" })).ReadAsync(HttpStatusCode.Created);
        await factory.AdvanceAsync(TimeSpan.FromDays(5));

        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal("kept", detail.GetProperty("promises")[0].GetProperty("status").GetString());
        Assert.Equal(0, detail.GetProperty("case").GetProperty("brokenPromises").GetInt32());
        var instance = await factory.Queries.GetInstanceAsync(@case.GetProperty("processInstanceId").GetGuid(), CancellationToken.None);
        Assert.Equal(ProcessInstanceStatus.Completed, instance!.Status);
        Assert.Contains("keptEnd", (await factory.Queries.ListActivityHistoryAsync(instance.Id, CancellationToken.None)).Select(h => h.ActivityId));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Promise_DatePassesUnpaid_ProcessEscalatesAndPromiseBreaksAfterGrace(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.SubscribeAsync("promise.broken");
        var @case = (await client.OpenCaseAsync("F-6001", 1000m)).GetProperty("case");
        var caseId = @case.GetProperty("id").GetGuid();
        var priorityBefore = @case.GetProperty("priority").GetInt32();

        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/promises", new { amount = 400m, currency = "MXN", promiseDate = Today.AddDays(3) })).ReadAsync(HttpStatusCode.Created);
        await factory.AdvanceAsync(TimeSpan.FromDays(3)); // the promised day is not over yet in Mexico City
        var onDay3 = (await client.GetJsonAsync($"/api/v1/cases/{caseId}")).GetProperty("case");
        await factory.AdvanceAsync(TimeSpan.FromDays(1)); // the test process checks at the end of the promised day
        var onDay4 = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        await factory.AdvanceAsync(TimeSpan.FromDays(3)); // the domain waits promiseGraceDays (3) more

        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal("promise-wait", onDay3.GetProperty("activity").GetString());
        Assert.Equal("promise", onDay3.GetProperty("stage").GetString());
        Assert.Equal("escalate", onDay4.GetProperty("case").GetProperty("activity").GetString());
        Assert.Equal("senior-call", onDay4.GetProperty("case").GetProperty("stage").GetString());
        Assert.Equal("open", onDay4.GetProperty("promises")[0].GetProperty("status").GetString());
        Assert.Equal("broken", detail.GetProperty("promises")[0].GetProperty("status").GetString());
        Assert.Equal(1, detail.GetProperty("case").GetProperty("brokenPromises").GetInt32());
        Assert.True(detail.GetProperty("case").GetProperty("priority").GetInt32() > priorityBefore);
        Assert.Single(factory.Receiver.Received, r => r.EventType == "promise.broken");
    }

    [Theory, SqliteData, PostgresData]
    public async Task RegisteredInvoice_BecomesOverdue_OpensItsCaseAfterGrace(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-7001", Today.AddDays(5));
        var invoiceId = invoice.GetProperty("id").GetGuid();

        await factory.AdvanceAsync(TimeSpan.FromDays(8)); // due + 3 days of grace: still waiting
        var beforeGrace = await client.GetJsonAsync($"/api/v1/invoices/{invoiceId}");
        await factory.AdvanceAsync(TimeSpan.FromDays(1));
        var after = await client.GetJsonAsync($"/api/v1/invoices/{invoiceId}");

        Assert.Equal(JsonValueKind.Null, beforeGrace.GetProperty("caseId").ValueKind);
        var caseId = after.GetProperty("caseId").GetGuid();
        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal("collect", detail.GetProperty("case").GetProperty("activity").GetString());
        Assert.Equal(4, detail.GetProperty("case").GetProperty("daysOverdue").GetInt32());
    }

    [Theory, SqliteData, PostgresData]
    public async Task RegisteredInvoice_PaidBeforeDue_NeverOpensACase(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-8001", Today.AddDays(5), 500m);
        var invoiceId = invoice.GetProperty("id").GetGuid();

        await (await client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 500m, currency = "MXN", reference = "EARLY" })).ReadAsync(HttpStatusCode.Created);
        await factory.AdvanceAsync(TimeSpan.FromDays(30));

        var after = await client.GetJsonAsync($"/api/v1/invoices/{invoiceId}");
        Assert.Equal("paid", after.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("caseId").ValueKind);
        Assert.Empty((await client.GetJsonAsync("/api/v1/cases")).GetProperty("items").EnumerateArray());
    }

    [Theory, SqliteData, PostgresData]
    public async Task WriteOff_OpenCase_ClosesCaseInvoiceAndProcess(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var @case = (await client.OpenCaseAsync("F-9001")).GetProperty("case");

        var closed = await (await client.PostAsJsonAsync($"/api/v1/cases/{@case.GetProperty("id").GetGuid()}/write-off", new { reason = "debtor bankrupt" })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("written-off", closed.GetProperty("case").GetProperty("outcome").GetString());
        Assert.Equal("closed", (await client.GetJsonAsync($"/api/v1/invoices/{@case.GetProperty("invoiceId").GetGuid()}")).GetProperty("status").GetString());
        var instance = await factory.Queries.GetInstanceAsync(@case.GetProperty("processInstanceId").GetGuid(), CancellationToken.None);
        Assert.Equal(ProcessInstanceStatus.Canceled, instance!.Status);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ContactAttempt_Recorded_OnTimelineAndList(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        var caseId = (await client.OpenCaseAsync("F-9101")).GetProperty("case").GetProperty("id").GetGuid();

        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/contact-attempts", new { channel = "phone", direction = "outbound", outcome = "no-answer", by = "maria.gomez", reasonCode = "voicemail-full" })).ReadAsync(HttpStatusCode.Created);

        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal("no-answer", detail.GetProperty("contactAttempts")[0].GetProperty("outcome").GetString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "contact.attempted");
    }

    [Theory, SqliteData, PostgresData]
    public async Task Stage_ProcessMovesByItself_StoredFilterableAndWebhookSent(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.SubscribeAsync("case.stage_changed");
        var caseId = (await client.OpenCaseAsync("F-9201")).GetProperty("case").GetProperty("id").GetGuid();
        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/disputes", new { reason = "not-received" })).ReadAsync(HttpStatusCode.Created);

        await factory.AdvanceAsync(TimeSpan.FromMinutes(1));

        var listed = (await client.GetJsonAsync("/api/v1/cases?stage=dispute")).GetProperty("items");
        var byActivity = (await client.GetJsonAsync("/api/v1/cases?activity=dispute-wait")).GetProperty("items");
        Assert.Equal(caseId, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(caseId, Assert.Single(byActivity.EnumerateArray()).GetProperty("id").GetGuid());
        var hook = Assert.Single(factory.Receiver.Received);
        Assert.Equal("case.stage_changed", hook.EventType);
        using var body = JsonDocument.Parse(hook.Body);
        var data = body.RootElement.GetProperty("data");
        Assert.Equal("junior-call", data.GetProperty("from").GetString());
        Assert.Equal("dispute", data.GetProperty("to").GetString());
        Assert.Equal("dispute-wait", data.GetProperty("activity").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Process_EndsByItself_CaseClosesAsProcessEnded(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, TestPlaybook.Xml, ShortProcess);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-9301", Today.AddDays(-5), 300m);
        var caseId = (await (await client.PostAsJsonAsync("/api/v1/cases", new { invoiceId = invoice.GetProperty("id").GetGuid(), processKey = "short" })).ReadAsync(HttpStatusCode.Created)).GetProperty("case").GetProperty("id").GetGuid();

        await factory.AdvanceAsync(TimeSpan.FromDays(2)); // the timer ends the process
        await factory.RunDueAsync();                       // the domain notices

        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal("closed", detail.GetProperty("case").GetProperty("status").GetString());
        Assert.Equal("process-ended", detail.GetProperty("case").GetProperty("outcome").GetString());
        Assert.Equal("open", (await client.GetJsonAsync($"/api/v1/invoices/{invoice.GetProperty("id").GetGuid()}")).GetProperty("status").GetString());
    }

    private const string ShortProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://collections.test">
          <bpmn:process id="short" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private const string PlainProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://collections.test">
          <bpmn:process id="plain" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call" />
            <bpmn:userTask id="call" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
