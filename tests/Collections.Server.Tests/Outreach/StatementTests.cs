using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Domain.Outreach.Policy;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Collections.Server.Tests.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Outreach;

/// <summary>
/// One statement per debtor a day (docs/architecture.md, "One statement per debtor"): a debtor whose reminders fall
/// due together gets one message listing every invoice, exactly once across crashes, counted once by the caps, shown
/// on every case's timeline; a profile with consolidation off gets one message per invoice.
/// </summary>
public sealed class StatementTests
{
    private static readonly TimeSpan PastLock = TimeSpan.FromMinutes(6); // the workers lock a task for 5 minutes
    private static readonly TimeSpan PastRecheck = TimeSpan.FromMinutes(16);
    private static readonly string[] Invoices = ["F-ST-1", "F-ST-2", "F-ST-3"];

    [Theory, SqliteData, PostgresData]
    public async Task SendEmail_ThreeOverdueInvoicesSameDay_OneEmailListsAllThree(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (client, cases) = await OpenThreeDueCasesAsync(server);

        var handled = await server.RunWorkersAsync();

        var mail = File.ReadAllText(Assert.Single(Directory.GetFiles(server.EmailOutbox, "*.eml")));
        Assert.All(Invoices, number => Assert.Contains(number, mail, StringComparison.Ordinal));
        Assert.Contains("Estado de cuenta", mail, StringComparison.Ordinal);
        Assert.Contains("3 facturas", mail, StringComparison.Ordinal);
        Assert.Equal(3, handled);
        Assert.Empty(await WaitingRemindersAsync(server)); // one step sent the statement, the two it covered completed with it
        foreach (var caseId in cases)
        {
            var line = Assert.Single(await TimelineAsync(client, caseId), t => t.GetProperty("kind").GetString() == "contact.statement-sent");
            Assert.Equal("3", line.GetProperty("arguments").GetProperty("count").GetString());
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task SendEmail_OneInvoicePaidBeforeSending_StatementListsTheOtherTwo(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (client, cases) = await OpenThreeDueCasesAsync(server);
        var invoiceId = (await client.GetJsonAsync($"/api/v1/cases/{cases[1]}")).GetProperty("case").GetProperty("invoiceId").GetGuid();
        using (var paid = await client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 1200.50m, currency = "MXN", reference = "SPEI-ST-2" }))
        {
            await paid.ReadAsync(HttpStatusCode.Created);
        }

        await server.RunWorkersAsync();

        var mails = Directory.GetFiles(server.EmailOutbox, "*.eml").Select(File.ReadAllText).ToList();
        var statement = Assert.Single(mails, m => m.Contains("Estado de cuenta", StringComparison.Ordinal));
        Assert.Contains("F-ST-1", statement, StringComparison.Ordinal);
        Assert.Contains("F-ST-3", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("F-ST-2", statement, StringComparison.Ordinal);
        Assert.Contains("2 facturas", statement, StringComparison.Ordinal);
        Assert.Equal(2, mails.Count); // the paid invoice's receipt still goes, alone
        Assert.DoesNotContain(await TimelineAsync(client, cases[1]), t => t.GetProperty("kind").GetString() == "contact.statement-sent");
    }

    [Theory, SqliteData, PostgresData]
    public async Task SendEmail_ConsolidationOffForProfile_OneEmailPerInvoice(string database)
    {
        await using var server = await OutreachServer.StartAsync(database,
            s => s.Configure<ContactPolicyOptions>(o => o.Profiles["MX"].ConsolidateStatements = false), OutreachServer.Playbook("overdue-invoice.bpmn"));
        await OpenThreeDueCasesAsync(server);

        await server.RunWorkersAsync();

        var mails = Directory.GetFiles(server.EmailOutbox, "*.eml").Select(File.ReadAllText).ToList();
        Assert.Equal(3, mails.Count);
        Assert.All(Invoices, number => Assert.Single(mails, m => m.Contains(number, StringComparison.Ordinal)));
        Assert.DoesNotContain(mails, m => m.Contains("Estado de cuenta", StringComparison.Ordinal));
    }

    [Theory, SqliteData, PostgresData]
    public async Task SendEmail_StatementUnderDailyCapOfTwo_CountsOnceSoALaterReminderStillLeaves(string database)
    {
        await using var server = await OutreachServer.StartAsync(database,
            s => s.Configure<ContactPolicyOptions>(o => o.Profiles["MX"].Caps.Add(new ContactCap { Channel = "email", Period = ContactCapPeriods.Day, Max = 2 })),
            OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (client, _) = await OpenThreeDueCasesAsync(server);
        await server.RunWorkersAsync();
        await OutreachServer.OpenCaseAsync(client, "D-ST", "F-ST-4");

        await server.RunWorkersAsync();
        await OutreachServer.OpenCaseAsync(client, "D-ST", "F-ST-5");
        await server.RunWorkersAsync();

        var mails = Directory.GetFiles(server.EmailOutbox, "*.eml").Select(File.ReadAllText).ToList();
        Assert.Equal(2, mails.Count); // the statement was one contact, so the day's second e-mail still went
        Assert.Single(mails, m => m.Contains("F-ST-4", StringComparison.Ordinal) && !m.Contains("F-ST-1", StringComparison.Ordinal));
        Assert.DoesNotContain(mails, m => m.Contains("F-ST-5", StringComparison.Ordinal)); // the third e-mail of the day waits for tomorrow
        Assert.Single(await WaitingRemindersAsync(server));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Statement_CrashBeforeProviderCall_RetriesSendOneStatement(string database) =>
        await CrashAsync(database, CrashPoint.BeforeProviderCall);

    [Theory, SqliteData, PostgresData]
    public async Task Statement_CrashAfterProviderCall_RetryFindsItAndSendsNothingMore(string database) =>
        await CrashAsync(database, CrashPoint.AfterProviderCall);

    [Theory, SqliteData, PostgresData]
    public async Task Statement_CrashAfterRecord_RetryCompletesWithoutSending(string database) =>
        await CrashAsync(database, CrashPoint.AfterRecord);

    private static async Task CrashAsync(string database, string point)
    {
        await using var server = await OutreachServer.StartAsync(database, s => s.AddSingleton<ICrashPoints>(new CrashAt(point)), OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (client, cases) = await OpenThreeDueCasesAsync(server);

        await Assert.ThrowsAsync<SimulatedCrashException>(server.RunWorkersAsync);
        for (var round = 0; round < 3; round++)
        {
            server.Factory.Clock.Advance(round == 0 ? PastLock : PastRecheck);
            await server.RunWorkersAsync();
        }

        var mail = File.ReadAllText(Assert.Single(Directory.GetFiles(server.EmailOutbox, "*.eml")));
        Assert.All(Invoices, number => Assert.Contains(number, mail, StringComparison.Ordinal));
        Assert.Empty(await WaitingRemindersAsync(server)); // every step completed, with no second message
        foreach (var caseId in cases)
        {
            Assert.Single(await TimelineAsync(client, caseId), t => t.GetProperty("kind").GetString() == "contact.statement-sent");
        }
    }

    /// <summary>A debtor in Mexico City with three invoices due 10 days ago, their cases opened, and the clock at 09:00 there.</summary>
    private static async Task<(HttpClient Client, Guid[] Cases)> OpenThreeDueCasesAsync(OutreachServer server)
    {
        var client = server.Factory.CreateClient();
        await OutreachServer.RegisterDebtorAsync(client, "D-ST", "es", "MX", "America/Mexico_City",
            [new { channel = "email", value = "pagos@lopez.example", preferred = true }]);
        var cases = new List<Guid>();
        foreach (var number in Invoices) cases.Add((await OutreachServer.OpenCaseAsync(client, "D-ST", number)).GetProperty("id").GetGuid());
        await server.Factory.AdvanceAsync(TimeSpan.FromHours(6)); // 15:00Z is 09:00 in Mexico City
        return (client, [.. cases]);
    }

    private static Task<IReadOnlyList<ExternalTaskInfo>> WaitingRemindersAsync(OutreachServer server) =>
        server.Factory.Services.GetRequiredService<IProcessQueries>().ListExternalTasksAsync(new ExternalTaskQuery(TopicName: "send-email"), CancellationToken.None);

    private static async Task<List<JsonElement>> TimelineAsync(HttpClient client, Guid caseId) =>
        (await client.GetJsonAsync($"/api/v1/cases/{caseId}")).GetProperty("timeline").EnumerateArray().ToList();
}
