using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Outreach;

/// <summary>
/// The automatic e-mails count the debtor's contacts on every case: under Colombia's Ley 2300 a debtor gets at most
/// one contact a day, so the reminder of a second invoice waits for the next day.
/// </summary>
public sealed class ContactRulesSendTests
{
    [Theory, SqliteData, PostgresData]
    public async Task SendEmail_ColombianDebtorTwoCasesSameDay_OnlyOneEmailGoesOut(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        using var client = server.Factory.CreateClient();
        await OutreachServer.RegisterDebtorAsync(client, "D-CO", "es", "CO", "America/Bogota",
            [new { channel = "email", value = "cartera@ferreteria.example", preferred = true }]);
        await OutreachServer.OpenCaseAsync(client, "D-CO", "F-CO-1", "COP");
        await OutreachServer.OpenCaseAsync(client, "D-CO", "F-CO-2", "COP");
        await server.Factory.AdvanceAsync(TimeSpan.FromHours(6)); // 15:00Z, Monday 10:00 in Bogotá

        await server.RunWorkersAsync();

        Assert.Single(Directory.GetFiles(server.EmailOutbox, "*.eml"));
    }
}
