using System.Net;
using System.Net.Http.Json;
using Collections.Engine.Api;

namespace Collections.Server.Tests.Domain;

/// <summary>
/// An invoice registered before its due date runs the playbook's courtesy call (workflows/courtesy-call.bpmn) under
/// the domain: customer service calls before the due date, a deliberate delay opens the case early, a payment before
/// the call ends it, and an early dispute holds the case back until it is resolved.
/// </summary>
public sealed class CourtesyCallTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime);

    private static string Workflow(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Collections.sln"))) folder = folder.Parent;
        return File.ReadAllText(Path.Combine(folder!.FullName, "workflows", name));
    }

    private static Task<DomainApiFactory> StartAsync(string database) =>
        DomainApiFactory.CreateAsync(database, null, Workflow("courtesy-call.bpmn"), Workflow("overdue-invoice.bpmn"));

    [Theory, SqliteData, PostgresData]
    public async Task LargeInvoice_DeliberateDelayFoundOnTheCall_OpensTheCaseBeforeTheDueDate(string database)
    {
        await using var factory = await StartAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-CC-1", Today.AddDays(10), 25000m);

        await factory.AdvanceAsync(TimeSpan.FromDays(4)); // the call is due 5 days before the due date
        var early = await CourtesyTasksAsync(factory, "F-CC-1");
        await factory.AdvanceAsync(TimeSpan.FromDays(1));
        var call = Assert.Single(await CourtesyTasksAsync(factory, "F-CC-1"));
        await factory.Engine.CompleteUserTaskAsync(call.Id, new Dictionary<string, object?> { ["deliberateDelay"] = true }, CancellationToken.None);
        await factory.RunDueAsync(); // the domain's worker serves open-case

        Assert.Empty(early);
        var opened = await client.GetJsonAsync($"/api/v1/invoices/{invoice.GetProperty("id").GetGuid()}");
        var caseId = opened.GetProperty("caseId").GetGuid();
        var detail = await client.GetJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal("overdue-invoice", detail.GetProperty("case").GetProperty("processKey").GetString());
        var instanceId = detail.GetProperty("case").GetProperty("processInstanceId").GetGuid();
        var variables = await factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None);
        Assert.Equal("deliberate-delay", variables["courtesyFinding"].AsString());
        Assert.Equal(caseId.ToString(), variables["caseId"].AsString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "case.opened-early");
    }

    [Theory, SqliteData, PostgresData]
    public async Task LargeInvoice_PaidBeforeTheCall_CourtesyEndsAndNoCaseEverOpens(string database)
    {
        await using var factory = await StartAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-CC-2", Today.AddDays(10), 25000m);
        var invoiceId = invoice.GetProperty("id").GetGuid();
        var runningBefore = await RunningCourtesyAsync(factory, "F-CC-2");

        await (await client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 25000m, currency = "MXN", reference = "T-1" }))
            .ReadAsync(HttpStatusCode.Created);
        await factory.AdvanceAsync(TimeSpan.FromDays(20));

        Assert.Single(runningBefore);
        Assert.Empty(await RunningCourtesyAsync(factory, "F-CC-2"));
        Assert.Empty(await CourtesyTasksAsync(factory, "F-CC-2"));
        var after = await client.GetJsonAsync($"/api/v1/invoices/{invoiceId}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("caseId").ValueKind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SmallInvoice_NoCallAndTheCaseOpensWhenOverdue(string database)
    {
        await using var factory = await StartAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-CC-3", Today.AddDays(10), 900m);

        await factory.AdvanceAsync(TimeSpan.FromDays(9));
        var tasksBeforeDue = await CourtesyTasksAsync(factory, "F-CC-3");
        await factory.AdvanceAsync(TimeSpan.FromDays(5)); // due + 3 grace days passed

        Assert.Empty(tasksBeforeDue);
        var after = await client.GetJsonAsync($"/api/v1/invoices/{invoice.GetProperty("id").GetGuid()}");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, after.GetProperty("caseId").ValueKind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task EarlyDispute_HoldsTheCaseBackUntilSalesAdminResolvesIt(string database)
    {
        await using var factory = await StartAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorAsync();
        var invoice = await client.RegisterInvoiceAsync("F-CC-4", Today.AddDays(10), 25000m);
        var invoiceId = invoice.GetProperty("id").GetGuid();

        await factory.AdvanceAsync(TimeSpan.FromDays(5));
        var call = Assert.Single(await CourtesyTasksAsync(factory, "F-CC-4"));
        await factory.Engine.CompleteUserTaskAsync(call.Id, new Dictionary<string, object?> { ["invoiceReceived"] = false }, CancellationToken.None);
        await factory.RunDueAsync(); // notify-webhook: dispute.opened
        await factory.AdvanceAsync(TimeSpan.FromDays(10)); // overdue past the grace period, dispute still open
        var whileDisputed = await client.GetJsonAsync($"/api/v1/invoices/{invoiceId}");
        var resolve = Assert.Single(await factory.Queries.ListUserTasksAsync(new UserTaskQuery(BusinessKey: "F-CC-4", TaskDefinitionKey: "resolve_dispute"), CancellationToken.None));
        await factory.Engine.CompleteUserTaskAsync(resolve.Id, null, CancellationToken.None);
        await factory.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(System.Text.Json.JsonValueKind.Null, whileDisputed.GetProperty("caseId").ValueKind);
        var after = await client.GetJsonAsync($"/api/v1/invoices/{invoiceId}");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, after.GetProperty("caseId").ValueKind);
    }

    private static Task<IReadOnlyList<UserTaskInfo>> CourtesyTasksAsync(DomainApiFactory factory, string number) =>
        factory.Queries.ListUserTasksAsync(new UserTaskQuery(BusinessKey: number, TaskDefinitionKey: "courtesy_call"), CancellationToken.None);

    private static Task<IReadOnlyList<ProcessInstanceInfo>> RunningCourtesyAsync(DomainApiFactory factory, string number) =>
        factory.Queries.ListInstancesAsync(new InstanceQuery(DefinitionKey: "courtesy-call", BusinessKey: number, Status: ProcessInstanceStatus.Active), CancellationToken.None);
}
