using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Engine.Api;

namespace Collections.Server.Tests.Domain;

/// <summary>Issue 5 item 4: task.created and task.completed, written in the engine step's transaction.</summary>
public sealed class TaskWebhookTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Playbook_CaseReachesCallDebtorThenCollectorCompletesIt_TargetHearsBothWithTaskAndCase(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, PlaybookFile.Read("overdue-invoice.bpmn"));
        using var client = factory.CreateClient();
        await client.SubscribeAsync("task.created", "task.completed");
        var opened = (await client.OpenCaseAsync("F-TW-1", 1000m)).GetProperty("case");
        await PlaybookDriver.CompleteExternalTaskAsync(factory, "send-email");

        await factory.AdvanceAsync(TimeSpan.FromDays(7) + TimeSpan.FromHours(6)); // timer day 7: "Call debtor", at 09:00 in Mexico City (inside the contact rules)
        var created = Assert.Single(Events(factory, "task.created"));
        var taskId = created.GetProperty("taskId").GetGuid();
        using (var admin = await StaffSession.SignInAsync(factory))
        {
            await StaffSession.CreateUserAsync(admin, "maria.gomez@collections.test", ["collector"], ["junior-collectors"]);
        }

        using var collector = await StaffSession.SignInAsync(factory, "maria.gomez@collections.test");
        await (await collector.PostAsJsonAsync($"/api/v1/tasks/{taskId}/claim", new { })).ReadAsync(HttpStatusCode.NoContent);
        await (await collector.PostAsJsonAsync($"/api/v1/tasks/{taskId}/complete", new { variables = new { callOutcome = "no-commitment", notes = "Dice que paga el viernes" } }))
            .ReadAsync(HttpStatusCode.NoContent);
        await factory.DispatchWebhooksAsync();

        Assert.Equal("call_debtor", created.GetProperty("activityId").GetString());
        Assert.Equal("Call debtor", created.GetProperty("name").GetString());
        Assert.Equal(opened.GetProperty("id").GetGuid(), created.GetProperty("caseId").GetGuid());
        Assert.Equal("ext-F-TW-1", created.GetProperty("invoiceExternalId").GetString());
        Assert.Equal(["junior-collectors"], created.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("assignee").ValueKind);
        Assert.True(created.GetProperty("dueDate").GetDateTimeOffset() > DomainApiFactory.Start.AddDays(7));
        var completed = Assert.Single(Events(factory, "task.completed"));
        Assert.Equal(taskId, completed.GetProperty("taskId").GetGuid());
        Assert.Equal(opened.GetProperty("id").GetGuid(), completed.GetProperty("caseId").GetGuid());
        Assert.Equal("maria.gomez@collections.test", completed.GetProperty("completedBy").GetString());
        Assert.Equal("no-commitment", completed.GetProperty("variables").GetProperty("callOutcome").GetString());
        Assert.Equal("Dice que paga el viernes", completed.GetProperty("variables").GetProperty("notes").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task OpenCase_FirstStepIsUserTask_TaskCreatedSentInTheOpeningTransaction(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.SubscribeAsync("task.created");

        var opened = (await client.OpenCaseAsync("F-TW-2")).GetProperty("case");
        await factory.DispatchWebhooksAsync();

        var created = Assert.Single(Events(factory, "task.created"));
        Assert.Equal("collect", created.GetProperty("activityId").GetString());
        Assert.Equal(opened.GetProperty("id").GetGuid(), created.GetProperty("caseId").GetGuid());
        Assert.Equal(opened.GetProperty("processInstanceId").GetGuid(), created.GetProperty("processInstanceId").GetGuid());
    }

    [Theory, SqliteData, PostgresData]
    public async Task ProcessWithoutCase_UserTaskCreatedAndCompleted_NothingSent(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.SubscribeAsync("*");
        var instance = await factory.Engine.StartProcessAsync(new StartProcessRequest("overdue-invoice", "no-case", null), CancellationToken.None);
        var task = Assert.Single(await factory.Queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: instance.Id), CancellationToken.None));

        await factory.Engine.CompleteUserTaskAsync(task.Id, null, CancellationToken.None);
        await factory.DispatchWebhooksAsync();

        Assert.Empty(factory.Receiver.Received);
    }

    [Theory, SqliteData, PostgresData]
    public async Task TaskCompleted_SubscriptionOnlyForOtherEvents_NoDeliveryRow(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.SubscribeAsync("case.closed");
        var opened = (await client.OpenCaseAsync("F-TW-3")).GetProperty("case");
        var task = Assert.Single(await factory.Queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: opened.GetProperty("processInstanceId").GetGuid()), CancellationToken.None));

        await factory.Engine.CompleteUserTaskAsync(task.Id, null, CancellationToken.None);

        var log = (await client.GetJsonAsync("/api/v1/webhooks/deliveries")).GetProperty("items");
        Assert.Empty(log.EnumerateArray());
    }

    private static List<JsonElement> Events(DomainApiFactory factory, string type) =>
        factory.Receiver.Received.Where(r => r.EventType == type).Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data").Clone()).ToList();
}
