using System.Text.Json;
using Collections.Engine.Api;

namespace Collections.Server.Tests.Domain;

/// <summary>Moves a case of the real playbook (workflows/overdue-invoice.bpmn) to a step, as its workers and collectors would.</summary>
public static class PlaybookDriver
{
    public static async Task CompleteExternalTaskAsync(DomainApiFactory factory, string topic)
    {
        var locked = await factory.Engine.FetchAndLockAsync(new FetchAndLockRequest("test-worker", 1, [new FetchTopic(topic, TimeSpan.FromMinutes(5))]), CancellationToken.None);
        await factory.Engine.CompleteExternalTaskAsync(Assert.Single(locked).Task.Id, "test-worker", null, null, CancellationToken.None);
    }

    public static async Task<UserTaskInfo> OpenTaskAsync(DomainApiFactory factory, Guid instanceId, string key) =>
        Assert.Single(await factory.Queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: instanceId, TaskDefinitionKey: key), CancellationToken.None));

    /// <summary>Opens a case, sends the friendly e-mail, waits 7 days and records the call's outcome: the process negotiates.</summary>
    public static async Task<(Guid CaseId, Guid InstanceId)> CaseInNegotiationAsync(DomainApiFactory factory, HttpClient client, string number, string callOutcome = "settlement")
    {
        var opened = (await client.OpenCaseAsync(number, 1200.50m)).GetProperty("case");
        var instanceId = opened.GetProperty("processInstanceId").GetGuid();
        await CompleteExternalTaskAsync(factory, "send-email");
        await factory.AdvanceAsync(TimeSpan.FromDays(7));
        var call = await OpenTaskAsync(factory, instanceId, "call_debtor");
        await factory.Engine.CompleteUserTaskAsync(call.Id, new Dictionary<string, object?> { ["callOutcome"] = callOutcome }, CancellationToken.None);
        await OpenTaskAsync(factory, instanceId, "negotiate");
        return (opened.GetProperty("id").GetGuid(), instanceId);
    }

    public static IEnumerable<string?> Kinds(JsonElement caseDetail) =>
        caseDetail.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("kind").GetString());
}
