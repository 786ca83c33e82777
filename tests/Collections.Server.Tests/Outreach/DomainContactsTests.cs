using System.Net;
using System.Net.Http.Json;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Outreach;

/// <summary>A case opened over the API e-mails its debtor's registered address in the debtor's language (issue 6 §5).</summary>
public sealed class DomainContactsTests
{
    [Theory, SqliteData, PostgresData]
    public async Task SendEmail_CaseOpenedOverApi_OutboxFileToDebtorInDebtorsLanguage(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        using var client = server.Factory.CreateClient();
        await OutreachServer.RegisterDebtorAsync(client, "D-EN", "en", "US", "America/New_York",
            [new { channel = "email", value = "ap@acme.example", preferred = true }, new { channel = "phone", value = "+1 212 555 0100" }]);
        var @case = await OutreachServer.OpenCaseAsync(client, "D-EN", "INV-EN-1", "USD");
        await server.Factory.AdvanceAsync(TimeSpan.FromHours(6)); // 15:00Z is 10:00 in New York, inside the allowed hours

        var handled = await server.RunWorkersAsync();

        var file = Assert.Single(Directory.GetFiles(server.EmailOutbox, "*.eml"));
        var eml = await File.ReadAllTextAsync(file);
        Assert.Equal(1, handled);
        Assert.Contains("To: ap@acme.example\r\n", eml);
        Assert.Contains("Subject: Friendly reminder: invoice INV-EN-1", eml);
        Assert.Contains("$1,200.50", eml);
        Assert.Contains($"X-Collections-Case: {@case.GetProperty("id").GetGuid()}", eml);
        var detail = await client.GetJsonAsync($"/api/v1/cases/{@case.GetProperty("id").GetGuid()}");
        var attempt = Assert.Single(detail.GetProperty("contactAttempts").EnumerateArray());
        Assert.Equal("email", attempt.GetProperty("channel").GetString());
        Assert.Equal("sent", attempt.GetProperty("outcome").GetString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "contact.sent");
    }

    [Theory, SqliteData]
    public async Task SendEmail_DebtorOptedOutOfEmail_NothingSent(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        using var client = server.Factory.CreateClient();
        using (var response = await client.PutAsJsonAsync("/api/v1/debtors/D-OPT", new
        {
            name = "Sin Correos SA", language = "es", timeZone = "America/Mexico_City", country = "MX",
            contacts = new[] { new { channel = "email", value = "no@correos.example" } }, optOuts = new[] { "email" },
        }))
        {
            await response.ReadAsync(HttpStatusCode.Created);
        }

        await OutreachServer.OpenCaseAsync(client, "D-OPT", "F-OPT-1");
        await server.Factory.AdvanceAsync(TimeSpan.FromHours(6));

        await server.RunWorkersAsync();

        Assert.Empty(Directory.GetFiles(server.EmailOutbox, "*.eml"));
    }
}
