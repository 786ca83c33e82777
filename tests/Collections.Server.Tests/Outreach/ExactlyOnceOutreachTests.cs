using System.Net;
using System.Text.Json;
using Collections.Domain.Outreach;
using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Work;
using Collections.Server.Audit;
using Collections.Server.Tests.Audit;
using Collections.Server.Tests.Domain;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Collections.Server.Tests.Outreach;

/// <summary>
/// Exactly one message per send step across crashes (docs/architecture.md, "Exactly-once outreach"): a crash is
/// played at each point of the send (before the provider call, after it, after the record) and the messages the
/// provider received are counted after the retry: the outbox folder for the file sender, calls for a SendGrid fake.
/// </summary>
public sealed class ExactlyOnceOutreachTests
{
    private static readonly TimeSpan PastLock = TimeSpan.FromMinutes(6); // the workers lock a task for 5 minutes
    private static readonly TimeSpan PastRecheck = TimeSpan.FromMinutes(16); // an uncertain step is looked at every 15

    [Theory, SqliteData, PostgresData]
    public async Task Outbox_CrashBeforeProviderCall_RetrySendsOnce(string database) =>
        await OutboxCrashAsync(database, CrashPoint.BeforeProviderCall);

    [Theory, SqliteData, PostgresData]
    public async Task Outbox_CrashAfterProviderCall_RetryFindsFileAndSendsNothing(string database) =>
        await OutboxCrashAsync(database, CrashPoint.AfterProviderCall);

    [Theory, SqliteData, PostgresData]
    public async Task Outbox_CrashAfterRecord_RetryCompletesWithoutSending(string database) =>
        await OutboxCrashAsync(database, CrashPoint.AfterRecord);

    [Theory, SqliteData, PostgresData]
    public async Task SendGrid_CrashAfterProviderCall_HeldUncertainUntilConfirmedNeverResent(string database)
    {
        var sendGrid = SendGridFake();
        await using var server = await OutreachServer.StartAsync(database, Replace(sendGrid, CrashPoint.AfterProviderCall), OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (client, caseId) = await OpenDueCaseAsync(server);

        await Assert.ThrowsAsync<SimulatedCrashException>(server.RunWorkersAsync);
        server.Factory.Clock.Advance(PastLock);
        var retried = await server.RunWorkersAsync();
        using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);
        var held = Assert.Single((await staff.GetJsonAsync($"/api/v1/staff/cases/{caseId}/send-steps")).EnumerateArray());
        server.Factory.Clock.Advance(PastRecheck);
        var stillHeld = await server.RunWorkersAsync();
        using (var confirm = await staff.PostAsync($"/api/v1/staff/cases/{caseId}/send-steps/{held.GetProperty("id").GetGuid()}/confirm", null))
        {
            await confirm.ReadAsync(HttpStatusCode.OK);
        }

        server.Factory.Clock.Advance(PastRecheck);
        var completed = await server.RunWorkersAsync();
        server.Factory.Clock.Advance(PastRecheck);
        var afterwards = await server.RunWorkersAsync();

        Assert.Equal(1, SendCalls(sendGrid));
        Assert.Equal(1, retried);
        Assert.Equal("uncertain", held.GetProperty("status").GetString());
        Assert.Equal(1, stillHeld); // re-offered, held again: nothing sent while nobody decided
        Assert.Equal(1, completed);
        Assert.Equal(0, afterwards); // the step completed
        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Single(detail.GetProperty("contactAttempts").EnumerateArray());
        var kinds = detail.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("kind").GetString()).ToList();
        Assert.Contains("contact.uncertain", kinds);
        Assert.Contains("contact.resolved", kinds);
        var audited = Assert.Single(await server.Factory.AuditRowsAsync(), r => r.Action == AuditActions.SendStepConfirmed);
        Assert.Equal((caseId, OutreachServer.AdminEmail), (audited.CaseId, audited.ActorId));
    }

    [Theory, SqliteData, PostgresData]
    public async Task SendGrid_CrashBeforeProviderCall_ResendFromCasePageSendsOnceWithNewReference(string database)
    {
        var sendGrid = SendGridFake();
        await using var server = await OutreachServer.StartAsync(database, Replace(sendGrid, CrashPoint.BeforeProviderCall), OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (_, caseId) = await OpenDueCaseAsync(server);

        await Assert.ThrowsAsync<SimulatedCrashException>(server.RunWorkersAsync);
        server.Factory.Clock.Advance(PastLock);
        await server.RunWorkersAsync();
        var sentWhileUncertain = SendCalls(sendGrid);
        using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);
        var held = Assert.Single((await staff.GetJsonAsync($"/api/v1/staff/cases/{caseId}/send-steps")).EnumerateArray());
        var id = held.GetProperty("id").GetGuid();
        using (var resend = await staff.PostAsync($"/api/v1/staff/cases/{caseId}/send-steps/{id}/resend", null))
        {
            await resend.ReadAsync(HttpStatusCode.OK);
        }

        server.Factory.Clock.Advance(PastRecheck);
        await server.RunWorkersAsync();
        using var again = await staff.PostAsync($"/api/v1/staff/cases/{caseId}/send-steps/{id}/resend", null);

        Assert.Equal(0, sentWhileUncertain);
        Assert.Equal(1, SendCalls(sendGrid));
        var message = (EmailMessage)sendGrid.ReceivedCalls().Single(c => c.GetMethodInfo().Name == nameof(IEmailSender.SendAsync)).GetArguments()[0]!;
        Assert.Equal($"{id:N}-2", message.Reference);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode); // sent now: nothing left to settle
        Assert.Equal(caseId, Assert.Single(await server.Factory.AuditRowsAsync(), r => r.Action == AuditActions.SendStepResent).CaseId);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SendGrid_CrashAfterProviderCallThenEventArrives_ConfirmedWithoutAsking(string database)
    {
        var sendGrid = SendGridFake();
        await using var server = await OutreachServer.StartAsync(database, Replace(sendGrid, CrashPoint.AfterProviderCall), OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (client, caseId) = await OpenDueCaseAsync(server);

        await Assert.ThrowsAsync<SimulatedCrashException>(server.RunWorkersAsync);
        var reference = ((EmailMessage)sendGrid.ReceivedCalls().Single(c => c.GetMethodInfo().Name == nameof(IEmailSender.SendAsync)).GetArguments()[0]!).Reference;
        var at = server.Factory.Clock.GetUtcNow().ToUnixTimeSeconds();
        using (var events = await server.PostSendGridAsync(client,
            $$"""[{"email":"pagos@lopez.example","timestamp":{{at}},"event":"delivered","sg_event_id":"d1","sg_message_id":"sg-1.filter0001","reference":"{{reference}}"}]"""))
        {
            Assert.Equal(1, (await events.ReadAsync(HttpStatusCode.OK)).GetProperty("recorded").GetInt32());
        }

        server.Factory.Clock.Advance(PastLock);
        var retried = await server.RunWorkersAsync();
        server.Factory.Clock.Advance(PastRecheck);
        var afterwards = await server.RunWorkersAsync();

        Assert.Equal(1, SendCalls(sendGrid));
        Assert.Equal(1, retried);
        Assert.Equal(0, afterwards);
        var attempt = Assert.Single((await client.GetJsonAsync($"/api/v1/cases/{caseId}")).GetProperty("contactAttempts").EnumerateArray());
        Assert.Equal("delivered", attempt.GetProperty("outcome").GetString());
    }

    private static async Task OutboxCrashAsync(string database, string point)
    {
        await using var server = await OutreachServer.StartAsync(database, s => s.AddSingleton<ICrashPoints>(new CrashAt(point)), OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (client, caseId) = await OpenDueCaseAsync(server);

        await Assert.ThrowsAsync<SimulatedCrashException>(server.RunWorkersAsync);
        server.Factory.Clock.Advance(PastLock);
        var retried = await server.RunWorkersAsync();
        server.Factory.Clock.Advance(PastRecheck);
        var afterwards = await server.RunWorkersAsync();

        Assert.Single(Directory.GetFiles(server.EmailOutbox, "*.eml"));
        Assert.Equal(1, retried);
        Assert.Equal(0, afterwards);
        Assert.Single((await client.GetJsonAsync($"/api/v1/cases/{caseId}")).GetProperty("contactAttempts").EnumerateArray());
    }

    /// <summary>A debtor in Mexico City with one e-mail, its case opened, and the clock at 09:00 there: the reminder is due.</summary>
    internal static async Task<(HttpClient Client, Guid CaseId)> OpenDueCaseAsync(OutreachServer server)
    {
        var client = server.Factory.CreateClient();
        await OutreachServer.RegisterDebtorAsync(client, "D-ONCE", "es", "MX", "America/Mexico_City",
            [new { channel = "email", value = "pagos@lopez.example", preferred = true }, new { channel = "sms", value = "+525512345678" }]);
        var @case = await OutreachServer.OpenCaseAsync(client, "D-ONCE", "F-ONCE-1");
        await server.Factory.AdvanceAsync(TimeSpan.FromHours(6)); // 15:00Z is 09:00 in Mexico City
        return (client, @case.GetProperty("id").GetGuid());
    }

    private static IEmailSender SendGridFake()
    {
        var sendGrid = Substitute.For<IEmailSender>();
        sendGrid.Provider.Returns(OutreachProviders.SendGrid);
        sendGrid.SendAsync(default!, default).ReturnsForAnyArgs("sg-1");
        sendGrid.LookupAsync(default!, default).ReturnsForAnyArgs(ProviderLookup.Unknown); // SendGrid cannot be asked
        return sendGrid;
    }

    private static Action<IServiceCollection> Replace(IEmailSender sender, string point) => services =>
    {
        services.AddSingleton(sender);
        services.AddSingleton<ICrashPoints>(new CrashAt(point));
    };

    private static int SendCalls(IEmailSender sender) => sender.ReceivedCalls().Count(c => c.GetMethodInfo().Name == nameof(IEmailSender.SendAsync));
}
