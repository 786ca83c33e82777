using Collections.Domain.Outreach.Policy;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Outreach;

/// <summary>
/// Every e-mail and SMS to a debtor whose contact profile requires it ends with the profile's opt-out line in the
/// message's language (docs/playbook.md, "Contact rules": Regulation F §1006.6(e) for the US), added by the sender
/// path whatever the template says.
/// </summary>
public sealed class OptOutFooterTests
{
    private const string SmsProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="defs" targetNamespace="http://collections.test">
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
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static readonly ContactFooter UnitedStates = new ContactPolicyOptions().Profiles["US"].Footer;

    [Theory, SqliteData, PostgresData]
    public async Task SendEmail_UnitedStatesDebtor_EmailEndsWithEnglishOptOutLine(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        using var client = server.Factory.CreateClient();
        await OutreachServer.RegisterDebtorAsync(client, "D-US", "en", "US", "America/New_York", [new { channel = "email", value = "ap@acme.example" }]);
        await OutreachServer.OpenCaseAsync(client, "D-US", "F-US-1", "USD");
        await server.Factory.AdvanceAsync(TimeSpan.FromHours(6)); // 15:00Z is 10:00 in New York

        await server.RunWorkersAsync();

        var mail = File.ReadAllText(Assert.Single(Directory.GetFiles(server.EmailOutbox, "*.eml")));
        Assert.Contains("Equipo de Cobranza", mail, StringComparison.Ordinal); // the test company's signature (appsettings.Testing.json)
        Assert.Contains(UnitedStates.En, mail, StringComparison.Ordinal); // in the text part and in the HTML made from it
        Assert.DoesNotContain(UnitedStates.Es, mail, StringComparison.Ordinal);
        Assert.True(mail.IndexOf(UnitedStates.En, StringComparison.Ordinal) > mail.IndexOf("Equipo de Cobranza", StringComparison.Ordinal));
    }

    [Theory, SqliteData, PostgresData]
    public async Task SendSms_UnitedStatesSpanishSpeaker_TextCarriesSpanishOptOutLine(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, SmsProcess);
        using var client = server.Factory.CreateClient();
        await OutreachServer.RegisterDebtorAsync(client, "D-US-ES", "es", "US", "America/New_York", [new { channel = "sms", value = "+13055550123" }]);
        await OutreachServer.OpenCaseAsync(client, "D-US-ES", "F-US-2", "USD");
        await server.Factory.AdvanceAsync(TimeSpan.FromHours(6));

        await server.RunWorkersAsync();

        var text = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(server.EmailOutbox, "sms"), "*.sms.txt")));
        Assert.Contains("F-US-2", text, StringComparison.Ordinal);
        Assert.EndsWith(" " + UnitedStates.Es, text.TrimEnd(), StringComparison.Ordinal); // the text's last words, after the reminder
        Assert.DoesNotContain(UnitedStates.En, text, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SendEmail_MexicanDebtor_NoOptOutLine(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        await ExactlyOnceOutreachTests.OpenDueCaseAsync(server);

        await server.RunWorkersAsync();

        var mail = File.ReadAllText(Assert.Single(Directory.GetFiles(server.EmailOutbox, "*.eml")));
        Assert.Contains("Equipo de Cobranza", mail, StringComparison.Ordinal);
        Assert.DoesNotContain(UnitedStates.Es, mail, StringComparison.Ordinal); // Mexico's profile has no footer
        Assert.DoesNotContain(UnitedStates.En, mail, StringComparison.Ordinal);
    }
}
