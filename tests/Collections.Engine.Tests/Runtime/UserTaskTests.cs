using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

public sealed class UserTaskTests
{
    private static readonly string Call = Process("call", $$"""
        <bpmn:startEvent id="start" />
        {{Flow("f0", "start", "callDebtor")}}
        <bpmn:userTask id="callDebtor" name="Call debtor" camunda:assignee="${collector}"
            camunda:candidateGroups="junior-collectors, senior-collectors" camunda:candidateUsers="ana"
            camunda:dueDate="P2D" camunda:followUpDate="${dateTime().plusDays(1).toDate()}" camunda:priority="${amount > 1000 ? 80 : 20}">
          <bpmn:extensionElements>
            <camunda:formData>
              <camunda:formField id="outcome" label="Outcome" type="enum">
                <camunda:validation><camunda:constraint name="required" /></camunda:validation>
                <camunda:value id="reached" name="Reached" />
                <camunda:value id="notReached" name="Not reached" />
              </camunda:formField>
              <camunda:formField id="promisedAmount" type="decimal">
                <camunda:validation><camunda:constraint name="min" config="0" /></camunda:validation>
              </camunda:formField>
            </camunda:formData>
          </bpmn:extensionElements>
        </bpmn:userTask>
        {{Flow("f1", "callDebtor", "end")}}
        <bpmn:endEvent id="end" />
        """);

    [Theory, SqliteData, PostgresData]
    public async Task Execute_CamundaAttributes_EvaluatedOntoTheInboxRow(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Call);

        var instance = await engine.StartAsync("call", new { collector = "luis", amount = 1500m }, "INV-1");

        var task = Assert.Single(await engine.TasksAsync(instance.Id));
        Assert.Equal("Call debtor", task.Name);
        Assert.Equal("luis", task.Assignee);
        Assert.Equal(["junior-collectors", "senior-collectors"], task.CandidateGroups);
        Assert.Equal(["ana"], task.CandidateUsers);
        Assert.Equal(TestEngine.Start.AddDays(2), task.DueDate);
        Assert.Equal(TestEngine.Start.AddDays(1), task.FollowUpDate);
        Assert.Equal(80, task.Priority);
        Assert.Equal("INV-1", task.BusinessKey);
        Assert.Equal(["outcome", "promisedAmount"], task.FormFields.Select(f => f.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListUserTasks_ByCandidateGroup_FindsUnassignedTasksOfThatGroupOnly(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Call);
        var unassigned = await engine.StartAsync("call", new { collector = "", amount = 10m });
        await engine.StartAsync("call", new { collector = "luis", amount = 10m });

        var forSeniors = await engine.Queries.ListUserTasksAsync(new UserTaskQuery(CandidateGroups: ["senior-collectors"]), default);
        var forFinance = await engine.Queries.ListUserTasksAsync(new UserTaskQuery(CandidateGroups: ["finance"]), default);

        Assert.Equal(unassigned.Id, Assert.Single(forSeniors).ProcessInstanceId);
        Assert.Empty(forFinance);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Claim_TaskClaimedByAnother_IsRefused(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Call);
        var instance = await engine.StartAsync("call", new { collector = "", amount = 10m });
        var task = Assert.Single(await engine.TasksAsync(instance.Id));

        await engine.Engine.ClaimUserTaskAsync(task.Id, "ana", default);
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => engine.Engine.ClaimUserTaskAsync(task.Id, "luis", default));

        Assert.Equal("task.already-claimed", error.Code);
        Assert.Equal("ana", (await engine.Queries.GetUserTaskAsync(task.Id, default))!.Assignee);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Complete_MissingRequiredField_IsRefusedAndTaskStaysOpen(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Call);
        var instance = await engine.StartAsync("call", new { collector = "luis", amount = 10m });

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => engine.CompleteTaskAsync(instance.Id, "callDebtor", new { promisedAmount = 10m }));

        Assert.Equal("outcome", error.Field);
        Assert.Equal(["callDebtor"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Complete_EnumOutsideOptionsOrNegativeAmount_IsRefused(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Call);
        var instance = await engine.StartAsync("call", new { collector = "luis", amount = 10m });

        var badEnum = await Assert.ThrowsAsync<InvalidRequestException>(() => engine.CompleteTaskAsync(instance.Id, "callDebtor", new { outcome = "maybe" }));
        var negative = await Assert.ThrowsAsync<InvalidRequestException>(() => engine.CompleteTaskAsync(instance.Id, "callDebtor", new { outcome = "reached", promisedAmount = -5m }));

        Assert.Equal("outcome", badEnum.Field);
        Assert.Equal("promisedAmount", negative.Field);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Complete_ValidForm_EndsInstanceWithVariablesAndHistory(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Call);
        var instance = await engine.StartAsync("call", new { collector = "luis", amount = 10m });

        await engine.CompleteTaskAsync(instance.Id, "callDebtor", new { outcome = "reached", promisedAmount = "250.50" });

        var ended = await engine.InstanceAsync(instance.Id);
        var variables = await engine.VariablesAsync(instance.Id);
        var history = await engine.Queries.ListActivityHistoryAsync(instance.Id, default);
        Assert.Equal(ProcessInstanceStatus.Completed, ended.Status);
        Assert.Equal(250.50m, variables["promisedAmount"].Value);
        Assert.Equal("reached", variables["outcome"].Value);
        Assert.Equal(["start", "callDebtor", "end"], history.Select(h => h.ActivityId));
        Assert.Equal("luis", history.Single(h => h.ActivityId == "callDebtor").Assignee);
        Assert.Empty(await engine.TasksAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Start_NonExecutableProcess_IsRefused(string database)
    {
        var xml = Definitions("""<bpmn:process id="draft" isExecutable="false"><bpmn:startEvent id="s" /></bpmn:process>""");
        await using var engine = await TestEngine.StartAsync(database, xml);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => engine.StartAsync("draft"));

        Assert.Equal("definition.not-executable", error.Code);
    }
}
