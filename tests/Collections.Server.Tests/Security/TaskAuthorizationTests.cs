using System.Net;
using System.Net.Http.Json;
using Collections.Server.Tests.Domain;
using Collections.Server.Tests.Staff;
using static Collections.Server.Tests.Staff.InboxTestData;

namespace Collections.Server.Tests.Security;

/// <summary>
/// Who may claim, delegate and complete a task, from every entry point (docs/security.md, "Task authorization"): the
/// actor is the signed-in principal, never a body field; a task not offered to you is not yours to take or complete.
/// Each test runs on SQLite and PostgreSQL.
/// </summary>
public sealed class TaskAuthorizationTests
{
    private const string Junior = "june@staff.test";
    private const string FinanceUser = "fina@staff.test";
    private const string Manager = "mario@staff.test";

    [Theory, SqliteData, PostgresData]
    public async Task ClaimTask_JuniorNamesAFinanceUser_RefusedAndTaskStaysUnassigned(string database)
    {
        await using var factory = await StartAsync(database, Process("finance-only", "approve", Finance));
        var taskId = await OpenTaskAsync(factory, "finance-only");
        using var junior = await factory.SignInAsync(Junior);

        using var response = await junior.PostAsJsonAsync($"/api/v1/tasks/{taskId}/claim", new { userId = FinanceUser });

        var problem = await response.ReadAsync(HttpStatusCode.Forbidden);
        Assert.Equal("task.delegate-forbidden", problem.GetProperty("code").GetString());
        Assert.Null((await factory.Queries.GetUserTaskAsync(taskId, CancellationToken.None))!.Assignee);
    }

    [Theory, SqliteData, PostgresData]
    public async Task CompleteTask_JuniorOnFinanceOnlyTask_RefusedOnEveryEntryPoint(string database)
    {
        await using var factory = await StartAsync(database, Process("finance-only", "approve", Finance));
        var taskId = await OpenTaskAsync(factory, "finance-only");
        using var junior = await factory.SignInAsync(Junior);

        using var viaEngineApi = await junior.PostAsJsonAsync($"/api/v1/tasks/{taskId}/complete", new { });
        using var viaInbox = await junior.PostAsJsonAsync($"/api/v1/inbox/{taskId}/complete", new { });
        using var claimViaEngineApi = await junior.PostAsJsonAsync($"/api/v1/tasks/{taskId}/claim", new { });

        Assert.Equal("task.not-offered", (await viaEngineApi.ReadAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal("task.not-offered", (await viaInbox.ReadAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal("task.not-offered", (await claimViaEngineApi.ReadAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.NotNull(await factory.Queries.GetUserTaskAsync(taskId, CancellationToken.None));
    }

    [Theory, SqliteData, PostgresData]
    public async Task CompleteTask_AnotherUsersTask_409AndStillOpen(string database)
    {
        await using var factory = await StartAsync(database, Process("junior-work", "call", InboxTestData.Junior));
        var taskId = await OpenTaskAsync(factory, "junior-work");
        await factory.CreateUserAsync("other@staff.test", ["collector"], [InboxTestData.Junior]);
        using var other = await factory.SignInAsync("other@staff.test");
        await other.ClaimAsync(taskId);
        using var junior = await factory.SignInAsync(Junior);

        using var response = await junior.PostAsJsonAsync($"/api/v1/tasks/{taskId}/complete", new { });

        Assert.Equal("task.assigned-to-other", (await response.ReadAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal("other@staff.test", (await factory.Queries.GetUserTaskAsync(taskId, CancellationToken.None))!.Assignee);
    }

    [Theory, SqliteData, PostgresData]
    public async Task CompleteTask_OfferedAndUnclaimed_ClaimedAndCompletedAsThePrincipal(string database)
    {
        await using var factory = await StartAsync(database, Process("junior-work", "call", InboxTestData.Junior));
        var taskId = await OpenTaskAsync(factory, "junior-work");
        using var junior = await factory.SignInAsync(Junior);

        using var response = await junior.PostAsJsonAsync($"/api/v1/tasks/{taskId}/complete", new { });

        await response.ReadAsync(HttpStatusCode.NoContent);
        Assert.Null(await factory.Queries.GetUserTaskAsync(taskId, CancellationToken.None));
    }

    [Theory, SqliteData, PostgresData]
    public async Task DelegateTask_ManagerToFinanceUserThenToJunior_FirstWorksSecondRefused(string database)
    {
        await using var factory = await StartAsync(database, Process("finance-only", "approve", Finance));
        var taskId = await OpenTaskAsync(factory, "finance-only");
        using var manager = await factory.SignInAsync(Manager);

        using var toFinance = await manager.PostAsJsonAsync($"/api/v1/tasks/{taskId}/claim", new { userId = FinanceUser });
        var assignee = (await factory.Queries.GetUserTaskAsync(taskId, CancellationToken.None))!.Assignee;
        using var toJunior = await manager.PostAsJsonAsync($"/api/v1/inbox/{taskId}/delegate", new { userId = Junior });

        await toFinance.ReadAsync(HttpStatusCode.NoContent);
        Assert.Equal(FinanceUser, assignee);
        Assert.Equal("task.not-offered", (await toJunior.ReadAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal(FinanceUser, (await factory.Queries.GetUserTaskAsync(taskId, CancellationToken.None))!.Assignee);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SettlementOffer_40Percent_JuniorCannotApproveAndTheApproverIsTheFinancePrincipal(string database)
    {
        await using var factory = await StartAsync(database, StaffCases.Playbook());
        using var integrator = factory.CreateClient();
        var (caseId, instanceId) = await PlaybookDriver.CaseInNegotiationAsync(factory, integrator, "F-AUTH-40");
        var offer = await (await integrator.PostAsJsonAsync($"/api/v1/cases/{caseId}/settlement-offers", new { discountPercent = 40 })).ReadAsync(HttpStatusCode.Created);
        var approval = await PlaybookDriver.OpenTaskAsync(factory, instanceId, "approve_discount");
        using var junior = await factory.SignInAsync(Junior);
        using var finance = await factory.SignInAsync(FinanceUser);

        using var claimForFinance = await junior.PostAsJsonAsync($"/api/v1/tasks/{approval.Id}/claim", new { userId = FinanceUser });
        using var juniorApproves = await junior.PostAsJsonAsync($"/api/v1/tasks/{approval.Id}/complete", new { variables = new { discountApproved = true } });
        using var financeApproves = await finance.PostAsJsonAsync($"/api/v1/tasks/{approval.Id}/complete", new { variables = new { discountApproved = true } });

        Assert.Equal(HttpStatusCode.Forbidden, claimForFinance.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, juniorApproves.StatusCode);
        await financeApproves.ReadAsync(HttpStatusCode.NoContent);
        var decided = await integrator.GetJsonAsync($"/api/v1/cases/{caseId}/settlement-offers/{offer.GetProperty("id").GetGuid()}");
        Assert.Equal("approved", decided.GetProperty("approvalState").GetString());
        Assert.Equal(FinanceUser, decided.GetProperty("approver").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task PaymentPlan_IntegratorKeyCompletesNegotiation_ButNotWhenACollectorHoldsIt(string database)
    {
        await using var factory = await StartAsync(database, StaffCases.Playbook());
        await factory.CreateUserAsync("sergio@staff.test", ["senior-collector"], [Senior]);
        using var integrator = factory.CreateClient();
        var (free, _) = await PlaybookDriver.CaseInNegotiationAsync(factory, integrator, "F-AUTH-P1", "payment-plan");
        var (held, heldInstance) = await PlaybookDriver.CaseInNegotiationAsync(factory, integrator, "F-AUTH-P2", "payment-plan");
        using var senior = await factory.SignInAsync("sergio@staff.test");
        await senior.ClaimAsync((await PlaybookDriver.OpenTaskAsync(factory, heldInstance, "negotiate")).Id);

        var agreed = await (await integrator.PostAsJsonAsync($"/api/v1/cases/{free}/payment-plans", NegotiationTests.Plan(("2026-04-01", 1200.50m)))).ReadAsync(HttpStatusCode.Created);
        var recorded = await (await integrator.PostAsJsonAsync($"/api/v1/cases/{held}/payment-plans", NegotiationTests.Plan(("2026-04-01", 1200.50m)))).ReadAsync(HttpStatusCode.Created);

        Assert.Equal("agreed", agreed.GetProperty("processState").GetString());
        Assert.Equal("integrator", agreed.GetProperty("proposedBy").GetString());
        Assert.Equal("recorded", recorded.GetProperty("processState").GetString());
        Assert.Equal("sergio@staff.test", (await PlaybookDriver.OpenTaskAsync(factory, heldInstance, "negotiate")).Assignee);
    }

    private static async Task<DomainApiFactory> StartAsync(string database, string bpmn)
    {
        var factory = await DomainApiFactory.CreateAsync(database, Staff.StaffSession.Settings, bpmn);
        await factory.CreateUserAsync(Junior, ["collector"], [InboxTestData.Junior]);
        await factory.CreateUserAsync(FinanceUser, ["finance"], [Finance]);
        await factory.CreateUserAsync(Manager, ["manager"], ["managers"]);
        return factory;
    }

    private static async Task<Guid> OpenTaskAsync(DomainApiFactory factory, string processKey)
    {
        var instance = await factory.Engine.StartProcessAsync(new Collections.Engine.Api.StartProcessRequest(processKey, "INV-" + processKey), CancellationToken.None);
        return (await factory.Queries.ListUserTasksAsync(new Collections.Engine.Api.UserTaskQuery(ProcessInstanceId: instance.Id), CancellationToken.None)).Single().Id;
    }
}
