using System.Net;
using Collections.Domain.Outreach;
using Collections.Domain.Outreach.Sms;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Work;
using Collections.Server.Tests.Domain;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Collections.Server.Tests.Outreach;

/// <summary>
/// Exactly one text per send step across crashes, for an SMS gateway that cannot be asked what it sent (the HTTP
/// gateway) and for the SMS outbox that can: a crash is played at each point of the send and the texts the gateway
/// received are counted after every retry.
/// </summary>
public sealed class SmsExactlyOnceTests
{
    private static readonly TimeSpan PastLock = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan PastRecheck = TimeSpan.FromMinutes(16);

    private const string TextThenCall = """
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
            <bpmn:sequenceFlow id="f2" sourceRef="text" targetRef="call" />
            <bpmn:userTask id="call" name="Call debtor" camunda:candidateGroups="junior-collectors" />
            <bpmn:sequenceFlow id="f3" sourceRef="call" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Theory, SqliteData, PostgresData]
    public async Task HttpGateway_CrashAfterProviderCall_HeldUncertainNeverResent(string database)
    {
        var gateway = GatewayFake();
        await using var server = await OutreachServer.StartAsync(database, Replace(gateway, CrashPoint.AfterProviderCall), TextThenCall);
        var caseId = await OpenDueCaseAsync(server);

        await Assert.ThrowsAsync<SimulatedCrashException>(server.RunWorkersAsync);
        server.Factory.Clock.Advance(PastLock);
        await server.RunWorkersAsync();
        server.Factory.Clock.Advance(PastRecheck);
        await server.RunWorkersAsync();
        using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);
        var held = Assert.Single((await staff.GetJsonAsync($"/api/v1/staff/cases/{caseId}/send-steps")).EnumerateArray());

        Assert.Equal(1, SendCalls(gateway));
        Assert.Equal("uncertain", held.GetProperty("status").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task HttpGateway_CrashBeforeProviderCall_ResendFromCasePageSendsOnce(string database)
    {
        var gateway = GatewayFake();
        await using var server = await OutreachServer.StartAsync(database, Replace(gateway, CrashPoint.BeforeProviderCall), TextThenCall);
        var caseId = await OpenDueCaseAsync(server);

        await Assert.ThrowsAsync<SimulatedCrashException>(server.RunWorkersAsync);
        server.Factory.Clock.Advance(PastLock);
        await server.RunWorkersAsync();
        var sentWhileUncertain = SendCalls(gateway);
        using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);
        var held = Assert.Single((await staff.GetJsonAsync($"/api/v1/staff/cases/{caseId}/send-steps")).EnumerateArray());
        var id = held.GetProperty("id").GetGuid();
        using (var resend = await staff.PostAsync($"/api/v1/staff/cases/{caseId}/send-steps/{id}/resend", null))
        {
            await resend.ReadAsync(HttpStatusCode.OK);
        }

        server.Factory.Clock.Advance(PastRecheck);
        await server.RunWorkersAsync();
        server.Factory.Clock.Advance(PastRecheck);
        var afterwards = await server.RunWorkersAsync();

        Assert.Equal(0, sentWhileUncertain);
        Assert.Equal(1, SendCalls(gateway));
        var message = (SmsMessage)gateway.ReceivedCalls().Single(c => c.GetMethodInfo().Name == nameof(ISmsSender.SendAsync)).GetArguments()[0]!;
        Assert.Equal($"{id:N}-2", message.Reference); // a new client reference: the gateway never saw the first
        Assert.Equal(0, afterwards);
    }

    [Theory, SqliteData, PostgresData]
    public async Task HttpGateway_CrashAfterRecord_RetryCompletesWithoutSending(string database)
    {
        var gateway = GatewayFake();
        await using var server = await OutreachServer.StartAsync(database, Replace(gateway, CrashPoint.AfterRecord), TextThenCall);
        var caseId = await OpenDueCaseAsync(server);

        await Assert.ThrowsAsync<SimulatedCrashException>(server.RunWorkersAsync);
        server.Factory.Clock.Advance(PastLock);
        var retried = await server.RunWorkersAsync();
        server.Factory.Clock.Advance(PastRecheck);
        var afterwards = await server.RunWorkersAsync();

        Assert.Equal(1, SendCalls(gateway));
        Assert.Equal(1, retried);
        Assert.Equal(0, afterwards);
        var detail = await server.Factory.CreateClient().GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Single(detail.GetProperty("contactAttempts").EnumerateArray());
    }

    [Theory, SqliteData, PostgresData]
    public async Task SmsOutbox_CrashAfterProviderCall_RetryFindsTheTextAndSendsNothing(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, s => s.AddSingleton<ICrashPoints>(new CrashAt(CrashPoint.AfterProviderCall)), TextThenCall);
        var caseId = await OpenDueCaseAsync(server);

        await Assert.ThrowsAsync<SimulatedCrashException>(server.RunWorkersAsync);
        server.Factory.Clock.Advance(PastLock);
        var retried = await server.RunWorkersAsync();
        server.Factory.Clock.Advance(PastRecheck);
        var afterwards = await server.RunWorkersAsync();

        Assert.Single(Directory.GetFiles(Path.Combine(server.EmailOutbox, "sms")));
        Assert.Equal(1, retried);
        Assert.Equal(0, afterwards);
        var detail = await server.Factory.CreateClient().GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Single(detail.GetProperty("contactAttempts").EnumerateArray());
    }

    /// <summary>A Mexico City debtor with a mobile number, its case opened, the clock at 09:00 there.</summary>
    private static async Task<Guid> OpenDueCaseAsync(OutreachServer server)
    {
        var client = server.Factory.CreateClient();
        await OutreachServer.RegisterDebtorAsync(client, "D-TEXT", "es", "MX", "America/Mexico_City",
            [new { channel = "sms", value = "+525512345678", preferred = true }]);
        var @case = await OutreachServer.OpenCaseAsync(client, "D-TEXT", "F-TEXT-1");
        await server.Factory.AdvanceAsync(TimeSpan.FromHours(6));
        return @case.GetProperty("id").GetGuid();
    }

    private static ISmsSender GatewayFake()
    {
        var gateway = Substitute.For<ISmsSender>();
        gateway.Provider.Returns(OutreachProviders.HttpSms);
        gateway.SendAsync(default!, default).ReturnsForAnyArgs("gw-1");
        gateway.LookupAsync(default!, default).ReturnsForAnyArgs(ProviderLookup.Unknown); // the gateway cannot be asked
        return gateway;
    }

    private static Action<IServiceCollection> Replace(ISmsSender gateway, string point) => services =>
    {
        services.AddSingleton(gateway);
        services.AddSingleton<ICrashPoints>(new CrashAt(point));
    };

    private static int SendCalls(ISmsSender gateway) => gateway.ReceivedCalls().Count(c => c.GetMethodInfo().Name == nameof(ISmsSender.SendAsync));
}
