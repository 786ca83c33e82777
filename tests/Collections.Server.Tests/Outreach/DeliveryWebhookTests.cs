using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Engine.Api;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Outreach;

/// <summary>
/// SendGrid's signed event webhook and the SMS gateway's receipts (issue 6 §2, §3): signatures checked, reports
/// recorded once on the case, and dead contacts marked invalid and reported to the process (contact-unreachable).
/// </summary>
public sealed class DeliveryWebhookTests
{
    private const string SmsProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="defs" targetNamespace="http://collections.test">
          <bpmn:message id="mUnreachable" name="contact-unreachable" />
          <bpmn:process id="overdue-invoice" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="text" />
            <bpmn:sendTask id="text" camunda:type="external" camunda:topic="send-sms">
              <bpmn:extensionElements><camunda:inputOutput>
                <camunda:inputParameter name="template">payment-receipt</camunda:inputParameter>
              </camunda:inputOutput></bpmn:extensionElements>
            </bpmn:sendTask>
            <bpmn:sequenceFlow id="f2" sourceRef="text" targetRef="collect" />
            <bpmn:userTask id="collect" name="Collect" camunda:candidateGroups="collectors" />
            <bpmn:sequenceFlow id="f3" sourceRef="collect" targetRef="end" />
            <bpmn:endEvent id="end" />
            <bpmn:subProcess id="onUnreachable" triggeredByEvent="true">
              <bpmn:startEvent id="unreachable" isInterrupting="false"><bpmn:messageEventDefinition messageRef="mUnreachable" /></bpmn:startEvent>
              <bpmn:sequenceFlow id="u1" sourceRef="unreachable" targetRef="find_other_number" />
              <bpmn:userTask id="find_other_number" name="Find another number" camunda:candidateGroups="collectors" />
              <bpmn:sequenceFlow id="u2" sourceRef="find_other_number" targetRef="unreachableDone" />
              <bpmn:endEvent id="unreachableDone" />
            </bpmn:subProcess>
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static object[] TwoMailboxes => [new { channel = "email", value = "pagos@ferreteria.mx" }, new { channel = "email", value = "tesoreria@ferreteria.mx" }];

    private static object[] AdminManager => [new { role = "admin-manager", name = "Laura Gómez", channel = "email", value = "laura.gomez@ferreteria.mx" }];

    private static string Event(string email, string kind, string messageId, string eventId, string? type = null, string? reason = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["email"] = email, ["timestamp"] = DomainApiFactory.Start.AddHours(6).ToUnixTimeSeconds(), ["event"] = kind,
            ["sg_event_id"] = eventId, ["sg_message_id"] = messageId + ".filterdrecv-5645d9c87f-6r7ng-1-5B36C3E6-2B.0",
            ["type"] = type, ["reason"] = reason,
        });

    private static async Task<(OutreachServer Server, HttpClient Client, Guid CaseId, Guid InstanceId, string MessageId)> FriendlyReminderSentAsync(string database)
    {
        var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        var client = server.Factory.CreateClient();
        await OutreachServer.RegisterDebtorAsync(client, "D-1", "es", "MX", "America/Mexico_City", TwoMailboxes, AdminManager);
        var @case = await OutreachServer.OpenCaseAsync(client, "D-1", "F-BOUNCE-1");
        await server.Factory.AdvanceAsync(TimeSpan.FromHours(6));
        await server.RunWorkersAsync();
        var caseId = @case.GetProperty("id").GetGuid();
        var instanceId = @case.GetProperty("processInstanceId").GetGuid();
        var messageId = (string)(await server.Factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None))["messageId"].Value!;
        return (server, client, caseId, instanceId, messageId);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SendGridEvents_SignedDelivered_RecordedOnAttemptAndTimeline(string database)
    {
        var (server, client, caseId, _, messageId) = await FriendlyReminderSentAsync(database);
        await using var _ = server;
        using var __ = client;

        using var response = await server.PostSendGridAsync(client, $"[{Event("pagos@ferreteria.mx", "delivered", messageId, "ev-1")},{Event("pagos@ferreteria.mx", "open", messageId, "ev-2")},{Event("pagos@ferreteria.mx", "processed", messageId, "ev-0")}]");

        var result = await response.ReadAsync(HttpStatusCode.OK);
        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal(2, result.GetProperty("recorded").GetInt32());
        Assert.Equal(1, result.GetProperty("ignored").GetInt32());
        Assert.Equal("opened", Assert.Single(detail.GetProperty("contactAttempts").EnumerateArray()).GetProperty("outcome").GetString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "contact.delivery"
            && t.GetProperty("summary").GetString()!.Contains("delivered", StringComparison.Ordinal));
    }

    [Theory, SqliteData, PostgresData]
    public async Task SendGridEvents_TamperedOrUnsigned_401AndNothingRecorded(string database)
    {
        var (server, client, caseId, _, messageId) = await FriendlyReminderSentAsync(database);
        await using var _ = server;
        using var __ = client;
        var signed = $"[{Event("pagos@ferreteria.mx", "delivered", messageId, "ev-1")}]";

        using var tampered = await server.PostSendGridAsync(client, signed.Replace("delivered", "bounce", StringComparison.Ordinal), signedBody: signed);
        using var unsigned = await client.PostAsync("/api/v1/providers/sendgrid/events", new StringContent(signed, System.Text.Encoding.UTF8, "application/json"));

        var problem = await tampered.ReadAsync(HttpStatusCode.Unauthorized);
        await unsigned.ReadAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("provider.signature-invalid", problem.GetProperty("code").GetString());
        Assert.Equal("application/problem+json", tampered.Content.Headers.ContentType?.MediaType);
        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal("sent", Assert.Single(detail.GetProperty("contactAttempts").EnumerateArray()).GetProperty("outcome").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task SendGridEvents_BothMailboxesHardBounce_ContactsInvalidAndProcessTurnsToAlternateContacts(string database)
    {
        var (server, client, caseId, instanceId, messageId) = await FriendlyReminderSentAsync(database);
        await using var _ = server;
        using var __ = client;
        var bounces = $"[{Event("pagos@ferreteria.mx", "bounce", messageId, "ev-b1", "bounce", "550 5.1.1 user unknown")}," +
                      $"{Event("tesoreria@ferreteria.mx", "dropped", messageId, "ev-b2", reason: "Bounced Address")}]";

        using var first = await server.PostSendGridAsync(client, bounces);
        using var again = await server.PostSendGridAsync(client, bounces); // SendGrid retries the same batch
        var outboxBefore = Directory.GetFiles(server.EmailOutbox, "*.eml").Length;
        await server.RunWorkersAsync();

        Assert.Equal(2, (await first.ReadAsync(HttpStatusCode.OK)).GetProperty("recorded").GetInt32());
        Assert.Equal(2, (await again.ReadAsync(HttpStatusCode.OK)).GetProperty("duplicates").GetInt32());
        var variables = await server.Factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None);
        Assert.Equal(2L, Convert.ToInt64(variables["unreachableCount"].Value, System.Globalization.CultureInfo.InvariantCulture));
        var debtor = await client.GetJsonAsync("/api/v1/debtors/D-1");
        Assert.All(debtor.GetProperty("contacts").EnumerateArray(), c => Assert.Equal(JsonValueKind.String, c.GetProperty("invalidSince").ValueKind));
        var alternateMail = Directory.GetFiles(server.EmailOutbox, "*.eml").Select(File.ReadAllText).Single(e => e.Contains("laura.gomez@ferreteria.mx", StringComparison.Ordinal));
        Assert.Equal(1, outboxBefore);
        Assert.DoesNotContain("pagos@ferreteria.mx", alternateMail, StringComparison.Ordinal);
        var tasks = await server.Factory.Queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: instanceId), CancellationToken.None);
        Assert.Contains(tasks, t => t.TaskDefinitionKey == "call_alternate_contact");
        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal(2, detail.GetProperty("timeline").EnumerateArray().Count(t => t.GetProperty("kind").GetString() == "contact.invalid"));
        Assert.Contains(detail.GetProperty("contactAttempts").EnumerateArray(), a => a.GetProperty("outcome").GetString() is "bounced" or "dropped");
    }

    [Theory, SqliteData, PostgresData]
    public async Task SmsReceipts_PermanentFailure_NumberInvalidAndProcessTold(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, SmsProcess);
        using var client = server.Factory.CreateClient();
        await OutreachServer.RegisterDebtorAsync(client, "D-SMS", "es", "MX", "America/Mexico_City",
            [new { channel = "sms", value = "+52 55 8765 4321" }, new { channel = "email", value = "pagos@sms.example" }]);
        var @case = await OutreachServer.OpenCaseAsync(client, "D-SMS", "F-SMS-1");
        var instanceId = @case.GetProperty("processInstanceId").GetGuid();
        await server.Factory.AdvanceAsync(TimeSpan.FromHours(6));
        await server.RunWorkersAsync();
        var messageId = (string)(await server.Factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None))["messageId"].Value!;
        var receipt = $$"""{"id":"{{messageId}}","status":"failed","to":"+525587654321","reason":"number not in service","eventId":"r-1"}""";

        using var wrongSecret = await OutreachServer.PostSmsReceiptAsync(client, receipt, "not-the-secret");
        var beforeTasks = await server.Factory.Queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: instanceId), CancellationToken.None);
        using var accepted = await OutreachServer.PostSmsReceiptAsync(client, receipt);
        using var repeated = await OutreachServer.PostSmsReceiptAsync(client, receipt);

        await wrongSecret.ReadAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(1, (await accepted.ReadAsync(HttpStatusCode.OK)).GetProperty("recorded").GetInt32());
        Assert.Equal(1, (await repeated.ReadAsync(HttpStatusCode.OK)).GetProperty("duplicates").GetInt32());
        Assert.DoesNotContain(beforeTasks, t => t.TaskDefinitionKey == "find_other_number");
        var tasks = await server.Factory.Queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: instanceId), CancellationToken.None);
        Assert.Single(tasks, t => t.TaskDefinitionKey == "find_other_number");
        var debtor = await client.GetJsonAsync("/api/v1/debtors/D-SMS");
        var sms = Assert.Single(debtor.GetProperty("contacts").EnumerateArray(), c => c.GetProperty("channel").GetString() == "sms");
        Assert.StartsWith("sms-failed", sms.GetProperty("invalidReason").GetString(), StringComparison.Ordinal);
        var email = Assert.Single(debtor.GetProperty("contacts").EnumerateArray(), c => c.GetProperty("channel").GetString() == "email");
        Assert.Equal(JsonValueKind.Null, email.GetProperty("invalidSince").ValueKind);
        var detail = await client.GetJsonAsync($"/api/v1/cases/{@case.GetProperty("id").GetGuid()}");
        Assert.Equal("failed", Assert.Single(detail.GetProperty("contactAttempts").EnumerateArray()).GetProperty("outcome").GetString());
    }

    [Theory, SqliteData]
    public async Task SmsReceipts_UnknownStatus_400NamingTheField(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, SmsProcess);
        using var client = server.Factory.CreateClient();

        using var response = await OutreachServer.PostSmsReceiptAsync(client, """{"id":"x","status":"lost"}""");

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("status", problem.GetProperty("field").GetString());
    }
}
