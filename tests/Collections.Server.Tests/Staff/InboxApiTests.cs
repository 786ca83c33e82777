using System.Net;
using System.Text.Json;
using Collections.Engine.Api;
using Collections.Server.Tests.Domain;
using static Collections.Server.Tests.Staff.InboxTestData;

namespace Collections.Server.Tests.Staff;

/// <summary>
/// The collector's inbox (issue 8 item 3): one SQL query over tasks and their cases, sorted by case priority, paged by
/// keyset, limited to what the signed-in collector may see. Each test runs on SQLite and on PostgreSQL.
/// </summary>
public sealed class InboxApiTests
{
    private const string Collector = "carla@collections.test";

    [Theory, SqliteData, PostgresData]
    public async Task ListMyTasks_CasesOfDifferentPriority_HighestCasePriorityFirstWithCaseFacts(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null,
            Process("inbox-junior", "call", Junior), Process("inbox-junior-due", "call", Junior, "2026-03-04T09:00:00Z"));
        using var integrator = factory.CreateClient();
        await integrator.RegisterNamedDebtorAsync("D-1", "Ferretería López");
        var small = await integrator.OpenAsync("inbox-junior", "F-SMALL", 50m, 10);
        var large = await integrator.OpenAsync("inbox-junior", "F-LARGE", 500_000m, 10);
        var medium = await integrator.OpenAsync("inbox-junior", "F-MEDIUM", 5_000m, 10);
        var mediumDue = await integrator.OpenAsync("inbox-junior-due", "F-MEDIUM-DUE", 5_000m, 10);
        await factory.Engine.StartProcessAsync(new StartProcessRequest("inbox-junior", "NO-CASE", new Dictionary<string, object?> { ["amount"] = 99.5m, ["debtor"] = "Sin Caso" }), CancellationToken.None);
        using var collector = await factory.SignInAsync(Collector, ["collector"], [Junior]);

        var page = await collector.GetJsonAsync("/api/v1/inbox");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["F-LARGE", "F-MEDIUM-DUE", "F-MEDIUM", "F-SMALL", "NO-CASE"], items.Select(i => i.GetProperty("businessKey").GetString()));
        var top = items[0];
        Assert.Equal(large.GetProperty("id").GetGuid(), top.GetProperty("caseId").GetGuid());
        Assert.Equal(large.GetProperty("priority").GetInt32(), top.GetProperty("casePriority").GetInt32());
        Assert.Equal("F-LARGE", top.GetProperty("invoiceNumber").GetString());
        Assert.Equal(500_000m, top.GetProperty("amount").GetDecimal());
        Assert.Equal("MXN", top.GetProperty("currency").GetString());
        Assert.Equal(10, top.GetProperty("daysOverdue").GetInt32());
        Assert.Equal("Ferretería López", top.GetProperty("debtor").GetString());
        Assert.Equal("call", top.GetProperty("taskDefinitionKey").GetString());
        Assert.Equal("Task call", top.GetProperty("taskName").GetString());
        Assert.Equal(JsonValueKind.Null, top.GetProperty("assignee").ValueKind);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero), items[1].GetProperty("dueDate").GetDateTimeOffset());
        Assert.True(medium.GetProperty("priority").GetInt32() == mediumDue.GetProperty("priority").GetInt32());
        Assert.True(small.GetProperty("priority").GetInt32() < medium.GetProperty("priority").GetInt32());
        var noCase = items[4];
        Assert.Equal(JsonValueKind.Null, noCase.GetProperty("caseId").ValueKind);
        Assert.Equal(99.5m, noCase.GetProperty("amount").GetDecimal());
        Assert.Equal("Sin Caso", noCase.GetProperty("debtor").GetString());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListMyTasks_FollowingCursors_EveryTaskExactlyOnceInListOrder(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null,
            Process("inbox-junior", "call", Junior), Process("inbox-junior-due", "call", Junior, "2026-03-04T09:00:00Z"));
        using var integrator = factory.CreateClient();
        await integrator.RegisterNamedDebtorAsync("D-1", "Ferretería López");
        for (var i = 0; i < 11; i++)
        {
            // Three priorities, due dates on some: many ties, so the keyset's later columns decide.
            await integrator.OpenAsync(i % 2 == 0 ? "inbox-junior" : "inbox-junior-due", $"F-{i:00}", (i % 3) switch { 0 => 100m, 1 => 10_000m, _ => 1_000_000m }, 5);
        }

        for (var i = 0; i < 4; i++)
        {
            // Tasks without a case come after every case's: the pages cross from one kind to the other.
            await factory.Engine.StartProcessAsync(new StartProcessRequest(i % 2 == 0 ? "inbox-junior" : "inbox-junior-due", $"NC-{i}"), CancellationToken.None);
        }

        using var collector = await factory.SignInAsync(Collector, ["collector"], [Junior]);
        var whole = (await collector.GetJsonAsync("/api/v1/inbox?limit=200")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("taskId").GetGuid()).ToList();

        var paged = new List<Guid>();
        var pages = 0;
        string? cursor = null;
        int? total = null;
        do
        {
            var page = await collector.GetJsonAsync($"/api/v1/inbox?limit=3&total=true{(cursor is null ? "" : "&cursor=" + cursor)}");
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("taskId").GetGuid()));
            total = page.GetProperty("total").GetInt32();
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(15, whole.Count);
        Assert.Equal(whole, paged);
        Assert.Equal(5, pages);
        Assert.Equal(15, total);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListMyTasks_OtherGroupsTasks_OnlyMineAndMyGroupsUnassignedAreListed(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null,
            Process("inbox-junior", "call", Junior), Process("inbox-senior", "senior-call", Senior), Process("inbox-finance", "review", Finance));
        using var integrator = factory.CreateClient();
        await integrator.RegisterNamedDebtorAsync("D-1", "Ferretería López");
        await integrator.OpenAsync("inbox-junior", "F-JUNIOR", 1000m, 5);
        await integrator.OpenAsync("inbox-junior", "F-JUNIOR-TAKEN", 1000m, 5);
        await integrator.OpenAsync("inbox-senior", "F-SENIOR", 1000m, 5);
        await integrator.OpenAsync("inbox-senior", "F-SENIOR-MINE", 1000m, 5);
        await integrator.OpenAsync("inbox-finance", "F-FINANCE", 1000m, 5);
        await AssignAsync(factory, "F-JUNIOR-TAKEN", "someone@collections.test");
        await AssignAsync(factory, "F-SENIOR-MINE", Collector);
        using var collector = await factory.SignInAsync(Collector, ["collector"], [Junior, "billing"]);

        var all = await KeysAsync(collector, "/api/v1/inbox");
        var mine = await KeysAsync(collector, "/api/v1/inbox?filter=mine");
        var offered = await KeysAsync(collector, "/api/v1/inbox?filter=offered");

        Assert.Equal(["F-JUNIOR", "F-SENIOR-MINE"], all.Order());
        Assert.Equal(["F-SENIOR-MINE"], mine);
        Assert.Equal(["F-JUNIOR"], offered);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListMyTasks_SearchAndFilters_MatchDebtorNameInvoiceNumberTaskKeyAndOverdueBucket(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null,
            Process("inbox-junior", "call", Junior), Process("inbox-junior-visit", "visit", Junior));
        using var integrator = factory.CreateClient();
        await integrator.RegisterNamedDebtorAsync("D-1", "Ferretería López");
        await integrator.RegisterNamedDebtorAsync("D-2", "Distribuidora Norte");
        await integrator.OpenAsync("inbox-junior", "A-100", 1000m, 5, "D-1");
        await integrator.OpenAsync("inbox-junior", "B-200", 1000m, 45, "D-2");
        await integrator.OpenAsync("inbox-junior-visit", "C-300", 1000m, 120, "D-2");
        using var collector = await factory.SignInAsync(Collector, ["collector"], [Junior]);

        Assert.Equal(["A-100"], await KeysAsync(collector, "/api/v1/inbox?q=FERRETER"));
        Assert.Equal(["B-200", "C-300"], (await KeysAsync(collector, "/api/v1/inbox?q=norte")).Order());
        Assert.Equal(["B-200"], await KeysAsync(collector, "/api/v1/inbox?q=b-2"));
        Assert.Empty(await KeysAsync(collector, "/api/v1/inbox?q=nadie"));
        Assert.Equal(["C-300"], await KeysAsync(collector, "/api/v1/inbox?taskKey=visit"));
        Assert.Equal(["A-100"], await KeysAsync(collector, "/api/v1/inbox?overdue=1-30"));
        Assert.Equal(["B-200"], await KeysAsync(collector, "/api/v1/inbox?overdue=31-60"));
        Assert.Equal(["C-300"], await KeysAsync(collector, "/api/v1/inbox?overdue=90%2B"));
        Assert.Equal(["B-200"], await KeysAsync(collector, "/api/v1/inbox?q=norte&taskKey=call"));
        var types = (await collector.GetJsonAsync("/api/v1/inbox/task-types")).EnumerateArray()
            .Select(t => (t.GetProperty("key").GetString(), t.GetProperty("name").GetString(), t.GetProperty("count").GetInt32()));
        Assert.Equal([("call", "Task call", 2), ("visit", "Task visit", 1)], types);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListMyTasks_BadParameters_ProblemNamesTheField(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Process("inbox-junior", "call", Junior));
        using var collector = await factory.SignInAsync(Collector, ["collector"], [Junior]);

        foreach (var (query, field) in new[]
                 {
                     ("limit=0", "limit"), ("limit=201", "limit"), ("filter=everything", "filter"), ("overdue=5-10", "overdue"),
                     ("cursor=not-a-cursor", "cursor"), ("q=" + new string('x', 101), "q"),
                 })
        {
            using var response = await collector.GetAsync("/api/v1/inbox?" + query);
            var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
            Assert.Equal(field, problem.GetProperty("field").GetString());
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListMyTasks_ProcessOwnerWithoutTaskRole_IsForbidden(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Process("inbox-junior", "call", Junior));
        using var owner = await factory.SignInAsync("owner@collections.test", ["process-owner"], [Junior]);

        using var response = await owner.GetAsync("/api/v1/inbox");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task AssignAsync(DomainApiFactory factory, string businessKey, string user)
    {
        var task = Assert.Single(await factory.Queries.ListUserTasksAsync(new UserTaskQuery(BusinessKey: businessKey), CancellationToken.None));
        await factory.Engine.ClaimUserTaskAsync(task.Id, user, CancellationToken.None);
    }

    private static async Task<List<string>> KeysAsync(HttpClient client, string url) =>
        (await client.GetJsonAsync(url)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("businessKey").GetString()!).ToList();
}
