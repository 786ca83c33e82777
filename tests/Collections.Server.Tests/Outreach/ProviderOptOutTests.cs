using System.Net;
using System.Text.Json;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Outreach;

/// <summary>A recipient's "no more messages" from a provider (SendGrid unsubscribe or spam report, an SMS STOP) opts the contact out.</summary>
public sealed class ProviderOptOutTests
{
    [Theory, SqliteData, PostgresData]
    public async Task SendGridUnsubscribe_AddressOptedOut_NextReminderSkipped(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (client, caseId) = await ExactlyOnceOutreachTests.OpenDueCaseAsync(server);
        var at = server.Factory.Clock.GetUtcNow().ToUnixTimeSeconds();

        using var response = await server.PostSendGridAsync(client,
            $$"""[{"email":"PAGOS@lopez.example","timestamp":{{at}},"event":"unsubscribe","sg_event_id":"u1","sg_message_id":"other.filter1"}]""");
        var result = await response.ReadAsync(HttpStatusCode.OK);
        await server.RunWorkersAsync();

        Assert.Equal(1, result.GetProperty("optedOut").GetInt32());
        Assert.Empty(Directory.GetFiles(server.EmailOutbox, "*.eml"));
        var debtor = await client.GetJsonAsync("/api/v1/debtors/D-ONCE");
        var email = debtor.GetProperty("contacts").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "email");
        Assert.Equal("sendgrid-unsubscribe", email.GetProperty("optOutSource").GetString());
        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Empty(detail.GetProperty("contactAttempts").EnumerateArray());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "contact.opted-out");
    }

    [Theory]
    [InlineData("group_unsubscribe")]
    [InlineData("spamreport")]
    public async Task SendGridEvent_GroupUnsubscribeOrSpamReport_AddressOptedOut(string kind)
    {
        await using var server = await OutreachServer.StartAsync("sqlite", OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (client, _) = await ExactlyOnceOutreachTests.OpenDueCaseAsync(server);
        var at = server.Factory.Clock.GetUtcNow().ToUnixTimeSeconds();

        using var response = await server.PostSendGridAsync(client,
            $$"""[{"email":"pagos@lopez.example","timestamp":{{at}},"event":"{{kind}}","sg_event_id":"k1","sg_message_id":"other.filter1"}]""");
        await response.ReadAsync(HttpStatusCode.OK);

        var debtor = await client.GetJsonAsync("/api/v1/debtors/D-ONCE");
        var email = debtor.GetProperty("contacts").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "email");
        Assert.Equal($"sendgrid-{kind}", email.GetProperty("optOutSource").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task SmsInbound_StopKeyword_NumberOptedOutOtherTextIgnored(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (client, _) = await ExactlyOnceOutreachTests.OpenDueCaseAsync(server);

        var hello = await PostInboundAsync(client, """{"from":"+525512345678","text":"Hola, ya pagué"}""");
        var before = Sms(await client.GetJsonAsync("/api/v1/debtors/D-ONCE"));
        var stop = await PostInboundAsync(client, """[{"from":"+525512345678","text":"  parar. "}]""");
        var again = await PostInboundAsync(client, """{"from":"+525512345678","text":"BAJA"}""");
        var after = Sms(await client.GetJsonAsync("/api/v1/debtors/D-ONCE"));

        Assert.Equal((0, 1), (hello.GetProperty("optedOut").GetInt32(), hello.GetProperty("ignored").GetInt32()));
        Assert.Equal(JsonValueKind.Null, before.GetProperty("optedOutSince").ValueKind);
        Assert.Equal(1, stop.GetProperty("optedOut").GetInt32());
        Assert.Equal(0, again.GetProperty("optedOut").GetInt32()); // already opted out: nothing changes
        Assert.Equal("sms-stop", after.GetProperty("optOutSource").GetString());
    }

    [Fact]
    public async Task SmsInbound_Unsigned_Refused()
    {
        await using var server = await OutreachServer.StartAsync("sqlite", OutreachServer.Playbook("overdue-invoice.bpmn"));
        using var client = server.Factory.CreateClient();

        using var response = await client.PostAsync("/api/v1/providers/sms/inbound", new StringContent("""{"from":"+525512345678","text":"STOP"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static JsonElement Sms(JsonElement debtor) => debtor.GetProperty("contacts").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "sms");

    private static async Task<JsonElement> PostInboundAsync(HttpClient client, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/providers/sms/inbound") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(Collections.Domain.Outreach.Delivery.SmsReceipts.SignatureHeader, Collections.Domain.Outreach.Delivery.SmsReceipts.Sign(OutreachServer.SmsSecret, body));
        using var response = await client.SendAsync(request);
        return await response.ReadAsync(HttpStatusCode.OK);
    }
}
