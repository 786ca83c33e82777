using Collections.Domain.Cases;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Plans;
using Collections.Domain.Promises;
using Collections.Domain.Settlements;
using Collections.Engine.Api;
using Collections.Server.Cli.Demo;
using Collections.Server.Security;
using Collections.Server.Tests.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Cli;

/// <summary>
/// The demo's seeding on both databases with one debtor per story (the smallest cast the command accepts): the real
/// playbook, run over six simulated weeks, leaves what the README promises a new user will see.
/// </summary>
public sealed class DemoSeedingTests
{
    [Theory, SqliteData, PostgresData]
    public async Task SeedAsync_OneDebtorPerStory_EveryInboxHasTasksAndEveryNegotiationOutcomeShows(string database)
    {
        var connection = await DomainApiFactory.FreshDatabaseAsync(database);
        var outbox = Directory.CreateTempSubdirectory("collections-demo-outbox-").FullName;

        var accounts = await DemoCommand.SeedAsync(new DemoOptions { Debtors = DemoCast.MinimumDebtors },
            DemoHost.ServerSettings(database, connection, outbox), TextWriter.Null, CancellationToken.None);

        await using var server = DomainApiFactory.Node(database, connection);
        var tasks = await server.Services.GetRequiredService<IProcessQueries>().ListUserTasksAsync(new UserTaskQuery(Take: 500), CancellationToken.None);
        Assert.Equal(StaffGroups.Known.Order(), tasks.SelectMany(t => t.CandidateGroups).Distinct().Order());
        Assert.Empty(new[] { "call_debtor", "senior_call", "legal_call", "field_visit", "manager_decision", "resolve_dispute", "approve_discount", "courtesy_call" }
            .Except(tasks.Select(t => t.TaskDefinitionKey))); // a task waits at every stage of the playbook
        var cases = await DetailsAsync(server);
        var promises = cases.SelectMany(c => c.Promises).Select(p => p.Status).ToHashSet();
        Assert.Contains(PromiseStatuses.Kept, promises);
        Assert.Contains(PromiseStatuses.Broken, promises);
        Assert.Contains(cases, c => c.Disputes.Count > 0);
        Assert.Contains(cases, c => c.Case is { Status: CaseStatuses.Closed, Outcome: CaseOutcomes.Paid });
        Assert.Contains(await PlansAsync(server, cases), p => p is { Status: PaymentPlanStatuses.Active, PaidSoFar: > 0 });
        Assert.Contains(await OffersAsync(server, cases), o => o.ApprovalState == SettlementApprovalStates.Approved);
        Assert.NotEmpty(Directory.GetFiles(outbox, "*.eml"));
        Assert.Equal(StaffRoles.All.Order(), accounts.Select(a => a.Role).Order());
    }

    private static async Task<List<CaseDetailDto>> DetailsAsync(DomainApiFactory server)
    {
        var service = server.Services.GetRequiredService<CaseService>();
        var page = await service.ListAsync(new CaseQuery(Limit: 100), CancellationToken.None);
        var details = new List<CaseDetailDto>();
        foreach (var item in page.Items)
        {
            details.Add((await service.GetAsync(item.Id, CancellationToken.None))!);
        }

        return details;
    }

    private static async Task<List<PaymentPlanDto>> PlansAsync(DomainApiFactory server, IEnumerable<CaseDetailDto> cases)
    {
        var plans = new List<PaymentPlanDto>();
        foreach (var detail in cases)
        {
            plans.AddRange(await server.Services.GetRequiredService<PaymentPlanService>().ListAsync(detail.Case.Id, CancellationToken.None) ?? []);
        }

        return plans;
    }

    private static async Task<List<SettlementOfferDto>> OffersAsync(DomainApiFactory server, IEnumerable<CaseDetailDto> cases)
    {
        var offers = new List<SettlementOfferDto>();
        foreach (var detail in cases)
        {
            offers.AddRange(await server.Services.GetRequiredService<SettlementService>().ListAsync(detail.Case.Id, CancellationToken.None) ?? []);
        }

        return offers;
    }
}
