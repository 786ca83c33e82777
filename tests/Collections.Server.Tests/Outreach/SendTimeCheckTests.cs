using System.Net;
using System.Net.Http.Json;
using Collections.Engine.Api;
using Collections.Domain.Outreach.Workers;
using Collections.Server.Tests.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Outreach;

/// <summary>The case is read again at the moment of sending: a payment that lands while the task is locked stops the reminder.</summary>
public sealed class SendTimeCheckTests
{
    [Theory, SqliteData, PostgresData]
    public async Task SendEmail_PaidInFullWhileTaskLocked_NoReminderNoAttemptTimelineSaysWhy(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (client, caseId) = await ExactlyOnceOutreachTests.OpenDueCaseAsync(server);
        var locked = Assert.Single(await server.Factory.Engine.FetchAndLockAsync(new FetchAndLockRequest("collections-outreach", 10,
            [new FetchTopic("send-email", TimeSpan.FromMinutes(5))]), CancellationToken.None));
        var invoiceId = (await client.GetJsonAsync($"/api/v1/cases/{caseId}")).GetProperty("case").GetProperty("invoiceId").GetGuid();
        using (var paid = await client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 1200.50m, currency = "MXN", reference = "SPEI-FULL" }))
        {
            await paid.ReadAsync(HttpStatusCode.Created);
        }

        var handler = server.Factory.Services.GetServices<IExternalTaskHandler>().Single(h => h.Topic == "send-email");
        var outcome = await handler.HandleAsync(locked, CancellationToken.None);

        var complete = Assert.IsType<TaskOutcome.Complete>(outcome);
        Assert.Equal("case-paid", complete.Variables[OutreachSendHandler.ContactSkippedVariable]);
        Assert.Empty(Directory.GetFiles(server.EmailOutbox, "*.eml"));
        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Empty(detail.GetProperty("contactAttempts").EnumerateArray());
        var skipped = Assert.Single(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "contact.skipped");
        Assert.Equal("case-paid", skipped.GetProperty("arguments").GetProperty("reason").GetString());
        Assert.Equal("friendly-reminder", skipped.GetProperty("arguments").GetProperty("template").GetString());
    }
}
