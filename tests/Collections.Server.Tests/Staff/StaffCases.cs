using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Engine.Api;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Staff;

/// <summary>Shortcuts of the staff tests: the playbook file, the case's open tasks, claiming and completing as a collector.</summary>
public static class StaffCases
{
    public const string Collector = "carla@staff.test";
    public const string ProcessOwner = "pablo@staff.test";

    public static string Playbook()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Collections.sln"))) folder = folder.Parent;
        return File.ReadAllText(Path.Combine(folder!.FullName, "workflows", "overdue-invoice.bpmn"));
    }

    /// <summary>A server with staff sign-in, a junior collector and a process owner, over <paramref name="bpmn"/>.</summary>
    public static async Task<DomainApiFactory> StartAsync(string database, string bpmn)
    {
        var factory = await DomainApiFactory.CreateAsync(database, StaffSession.Settings, bpmn);
        await factory.CreateUserAsync(Collector, ["collector"], ["junior-collectors"]);
        await factory.CreateUserAsync(ProcessOwner, ["process-owner"], []);
        return factory;
    }

    public static async Task<UserTaskInfo> OpenTaskAsync(this DomainApiFactory factory, Guid instanceId, string key) =>
        (await factory.Queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: instanceId, TaskDefinitionKey: key), CancellationToken.None)).Single();

    /// <summary>Sends the playbook's friendly reminder as an outside worker would.</summary>
    public static async Task CompleteSendEmailAsync(this DomainApiFactory factory)
    {
        var locked = await factory.Engine.FetchAndLockAsync(
            new FetchAndLockRequest("staff-tests", 10, [new FetchTopic("send-email", TimeSpan.FromMinutes(5))]), CancellationToken.None);
        foreach (var task in locked) await factory.Engine.CompleteExternalTaskAsync(task.Task.Id, "staff-tests", null, null, CancellationToken.None);
    }

    public static async Task ClaimAsync(this HttpClient collector, Guid taskId)
    {
        using var claimed = await collector.PostAsJsonAsync($"/api/v1/inbox/{taskId}/claim", new { });
        Assert.Equal(HttpStatusCode.NoContent, claimed.StatusCode);
    }

    public static Task<HttpResponseMessage> CompleteAsync(this HttpClient collector, Guid taskId, object variables) =>
        collector.PostAsJsonAsync($"/api/v1/inbox/{taskId}/complete", new { variables });

    public static async Task<JsonElement> CaseAsync(this HttpClient staff, Guid caseId) => await staff.GetJsonAsync($"/api/v1/staff/cases/{caseId}");
}
