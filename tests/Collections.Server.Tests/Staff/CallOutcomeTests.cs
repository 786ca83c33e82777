using System.Net;
using System.Text.Json;
using Collections.Server.Tests.Domain;
using static Collections.Server.Tests.Staff.StaffCases;

namespace Collections.Server.Tests.Staff;

/// <summary>Issue 6 §6: a collector's call outcome lands on the case (contact attempt, promise, wrong number) and in the process.</summary>
public sealed class CallOutcomeTests
{
    /// <summary>Seven days after the 09:00Z start, plus six hours: 09:00 local for the Mexico City debtor.</summary>
    internal static readonly TimeSpan InsideHours = TimeSpan.FromDays(7) + TimeSpan.FromHours(6);

    [Theory, SqliteData, PostgresData]
    public async Task CompleteCallDebtor_ReachedWithPromise_TimelineShowsAttemptAndPromiseAndProcessHoldsOutcome(string database)
    {
        await using var factory = await StartAsync(database, Playbook());
        using var integrator = factory.CreateClient();
        var @case = (await integrator.OpenCaseAsync("F-CALL-1", 1500m)).GetProperty("case");
        var (caseId, instanceId) = (@case.GetProperty("id").GetGuid(), @case.GetProperty("processInstanceId").GetGuid());
        await factory.CompleteSendEmailAsync();
        await factory.AdvanceAsync(InsideHours); // 09:00 in Mexico City: calls are recorded inside the contact rules
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(Collector);
        await collector.ClaimAsync(task.Id);

        using var completed = await collector.CompleteAsync(task.Id, new
        {
            callOutcome = "promise", reason = "forgot", promiseDate = "2026-03-20", promiseAmount = 800.00m, notes = "Paga el viernes 20",
        });

        await completed.ReadAsync(HttpStatusCode.NoContent);
        var detail = (await collector.CaseAsync(caseId)).GetProperty("detail");
        var attempt = Assert.Single(detail.GetProperty("contactAttempts").EnumerateArray());
        Assert.Equal("phone", attempt.GetProperty("channel").GetString());
        Assert.Equal("outbound", attempt.GetProperty("direction").GetString());
        Assert.Equal("reached", attempt.GetProperty("outcome").GetString());
        Assert.Equal("forgot", attempt.GetProperty("reasonCode").GetString());
        Assert.Equal("Paga el viernes 20", attempt.GetProperty("notes").GetString());
        Assert.Equal(Collector, attempt.GetProperty("by").GetString());
        Assert.Equal(factory.Clock.GetUtcNow(), attempt.GetProperty("at").GetDateTimeOffset());
        var promise = Assert.Single(detail.GetProperty("promises").EnumerateArray());
        Assert.Equal(800.00m, promise.GetProperty("amount").GetDecimal());
        Assert.Equal("2026-03-20", promise.GetProperty("promiseDate").GetString());
        Assert.Equal("open", promise.GetProperty("status").GetString());
        var timeline = detail.GetProperty("timeline").EnumerateArray().Select(t => (Kind: t.GetProperty("kind").GetString(), Summary: t.GetProperty("summary").GetString()!)).ToList();
        Assert.Contains(timeline, t => t.Kind == "contact.attempted" && t.Summary.Contains("reached (forgot)") && t.Summary.Contains("promise 800.00 MXN by 2026-03-20"));
        Assert.Contains(timeline, t => t.Kind == "promise.created");
        Assert.Contains(timeline, t => t.Kind == "task.completed" && t.Summary.Contains(Collector));
        var variables = await factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None);
        // The playbook routes on callOutcome, then resets it once it has computed the promise check date.
        var history = await factory.Queries.ListVariableHistoryAsync(instanceId, CancellationToken.None);
        Assert.Contains(history, v => v.Name == "callOutcome" && Equals(v.Value.Value, "promise") && v.ChangedAt == factory.Clock.GetUtcNow());
        Assert.Equal("forgot", variables["reason"].Value);
        Assert.Equal(800.00m, variables["promiseAmount"].Value);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero), variables["promiseDate"].Value);
        var instance = await factory.Queries.GetInstanceAsync(instanceId, CancellationToken.None);
        Assert.Contains("timer_promise", instance!.WaitingActivityIds);
    }

    [Theory, SqliteData, PostgresData]
    public async Task CompleteCallDebtor_WrongNumber_MarksThePhoneInvalidAndTellsTheProcess(string database)
    {
        await using var factory = await StartAsync(database, Playbook());
        using var integrator = factory.CreateClient();
        var @case = (await integrator.OpenCaseAsync("F-CALL-2", 1500m)).GetProperty("case");
        var (caseId, instanceId) = (@case.GetProperty("id").GetGuid(), @case.GetProperty("processInstanceId").GetGuid());
        await factory.CompleteSendEmailAsync();
        await factory.AdvanceAsync(InsideHours); // 09:00 in Mexico City: calls are recorded inside the contact rules
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(Collector);
        await collector.ClaimAsync(task.Id);

        using var completed = await collector.CompleteAsync(task.Id, new { callOutcome = "wrong-number", notes = "Answered by a bakery" });

        await completed.ReadAsync(HttpStatusCode.NoContent);
        var debtor = await integrator.GetJsonAsync("/api/v1/debtors/D-1");
        var phone = debtor.GetProperty("contacts").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "phone");
        Assert.Equal("wrong-number", phone.GetProperty("invalidReason").GetString());
        Assert.Equal(factory.Clock.GetUtcNow(), phone.GetProperty("invalidSince").GetDateTimeOffset());
        var email = debtor.GetProperty("contacts").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "email");
        Assert.Equal(JsonValueKind.Null, email.GetProperty("invalidSince").ValueKind);
        var detail = (await collector.CaseAsync(caseId)).GetProperty("detail");
        Assert.Equal("wrong-number", Assert.Single(detail.GetProperty("contactAttempts").EnumerateArray()).GetProperty("outcome").GetString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "contact.invalid"
            && t.GetProperty("summary").GetString()!.Contains("+525512345678 marked invalid: wrong number"));
        var variables = await factory.Queries.GetVariablesAsync(instanceId, CancellationToken.None);
        Assert.Equal(1L, variables["unreachableCount"].Value);
        Assert.Equal("wrong-number", variables["callOutcome"].Value);
    }

    [Theory, SqliteData, PostgresData]
    public async Task CompleteCallDebtor_PromiseDateInThePast_IsRefusedAndNothingIsRecorded(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var @case = (await integrator.OpenCaseAsync("F-CALL-3", 1500m)).GetProperty("case");
        await factory.AdvanceAsync(TimeSpan.FromHours(6)); // 09:00 in Mexico City: inside the contact rules
        var (caseId, instanceId) = (@case.GetProperty("id").GetGuid(), @case.GetProperty("processInstanceId").GetGuid());
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(Collector);
        await collector.ClaimAsync(task.Id);

        using var refused = await collector.CompleteAsync(task.Id, new { callOutcome = "promise", promiseDate = "2026-02-27" });

        var problem = await refused.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("promiseDate", problem.GetProperty("field").GetString());
        Assert.Equal(task.Id, (await factory.OpenTaskAsync(instanceId, "call_debtor")).Id);
        var detail = (await collector.CaseAsync(caseId)).GetProperty("detail");
        Assert.Empty(detail.GetProperty("contactAttempts").EnumerateArray());
        Assert.Empty(detail.GetProperty("promises").EnumerateArray());
    }

    [Theory, SqliteData, PostgresData]
    public async Task CompleteCallDebtor_ThroughEngineApiAsOfferedCollector_RecordsTheAttemptForThePrincipal(string database)
    {
        await using var factory = await StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var @case = (await integrator.OpenCaseAsync("F-CALL-4", 1500m)).GetProperty("case");
        await factory.AdvanceAsync(TimeSpan.FromHours(6)); // 09:00 in Mexico City: inside the contact rules
        var (caseId, instanceId) = (@case.GetProperty("id").GetGuid(), @case.GetProperty("processInstanceId").GetGuid());
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(Collector);

        using var completed = await collector.PostJsonAsync($"/api/v1/tasks/{task.Id}/complete", """{"variables":{"callOutcome":"not-reached"}}""");

        await completed.ReadAsync(HttpStatusCode.NoContent);
        var attempt = Assert.Single((await collector.CaseAsync(caseId)).GetProperty("detail").GetProperty("contactAttempts").EnumerateArray());
        Assert.Equal("not-reached", attempt.GetProperty("outcome").GetString());
        Assert.Equal(Collector, attempt.GetProperty("by").GetString());
    }
}
