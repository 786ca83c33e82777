using Collections.Engine.Api;
using Collections.Engine.Jobs;
using Collections.Engine.Runtime.Migration;
using Collections.Engine.Tests.Support;
using Microsoft.Extensions.Options;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

/// <summary>Issue 8: moving running instances to a new version, previewed first, then as a durable batch of jobs.</summary>
public sealed class MigrationTests
{
    private static string Timer(string duration) =>
        $"<bpmn:timerEventDefinition><bpmn:timeDuration>{duration}</bpmn:timeDuration></bpmn:timerEventDefinition>";

    private static string Dunning(string juniorDelay, string afterCall) => Process("dunning", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "waitJunior")}
        <bpmn:intermediateCatchEvent id="waitJunior">{Timer(juniorDelay)}</bpmn:intermediateCatchEvent>
        {Flow("f1", "waitJunior", "call")}
        <bpmn:userTask id="call" name="Call debtor" camunda:candidateGroups="junior-collectors" />
        {afterCall}
        """);

    private static readonly string V1 = Dunning("P7D", $"""
        {Flow("f2", "call", "seniorCall")}
        <bpmn:userTask id="seniorCall" name="Senior call" />
        {Flow("f3", "seniorCall", "end")}
        <bpmn:endEvent id="end" />
        """);

    private static readonly string V2 = Dunning("P3D", $"""
        {Flow("f2", "call", "warning")}
        <bpmn:userTask id="warning" name="Warning letter" />
        {Flow("f3", "warning", "seniorCall")}
        <bpmn:userTask id="seniorCall" name="Senior call" />
        {Flow("f4", "seniorCall", "end")}
        <bpmn:endEvent id="end" />
        """).Replace("name=\"Call debtor\"", "name=\"Call the debtor\"");

    [Theory, SqliteData, PostgresData]
    public async Task Batch_InstanceAtUserTask_MovesToV2KeepsTaskAndFollowsV2Flow(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, V1);
        var instance = await engine.StartAsync("dunning", new { amount = 1200 }, "INV-1");
        await engine.AdvanceAsync(TimeSpan.FromDays(7));
        var task = Assert.Single(await engine.TasksAsync(instance.Id));
        await engine.Engine.ClaimUserTaskAsync(task.Id, "carla", default);
        var (v1, v2) = await DeployV2Async(engine, V2);

        var batch = await engine.Inner.Migration.StartBatchAsync(await AutoRequestAsync(engine, v1, v2), "owner@test", default);
        await engine.Engine.ExecuteDueJobsAsync(default);

        var done = (await engine.Inner.Migration.GetBatchAsync(batch.Id, default))!;
        Assert.Equal((1, 1, 0, 0, true), (done.Total, done.Migrated, done.Failed, done.Pending, done.Completed));
        var migrated = await engine.InstanceAsync(instance.Id);
        Assert.Equal((v2, 2), (migrated.DefinitionId, migrated.DefinitionVersion));
        var moved = Assert.Single(await engine.TasksAsync(instance.Id));
        Assert.Equal((task.Id, "carla", "Call the debtor"), (moved.Id, moved.Assignee, moved.Name));
        Assert.Equal(1200L, (await engine.VariablesAsync(instance.Id))["amount"].Value);
        var history = Assert.Single(await engine.Inner.Migration.ListMigrationHistoryAsync(instance.Id, default));
        Assert.Equal((1, 2, batch.Id), (history.FromVersion, history.ToVersion, history.BatchId));
        Assert.Contains(history.Moves, m => m.SourceActivityId == "call" && m.TargetActivityId == "call");

        await engine.CompleteTaskAsync(instance.Id, "call");

        Assert.Equal(["warning"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Batch_WaitingTimerMappedToSameId_KeepsItsDueDate(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, V1);
        var instance = await engine.StartAsync("dunning");
        await engine.AdvanceAsync(TimeSpan.FromDays(1));
        var (v1, v2) = await DeployV2Async(engine, V2);

        await engine.Inner.Migration.StartBatchAsync(await AutoRequestAsync(engine, v1, v2), null, default);
        await engine.Engine.ExecuteDueJobsAsync(default);

        var timer = Assert.Single(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));
        Assert.Equal((JobTypes.Timer, "waitJunior", TestEngine.Start.AddDays(7)), (timer.Type, timer.ActivityId, timer.DueAt));
        await engine.AdvanceAsync(TimeSpan.FromDays(5));
        Assert.Equal(["waitJunior"], await engine.WaitingAsync(instance.Id));
        await engine.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.Equal(["call"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Batch_UpdateEventTriggers_RecomputesTimerFromTarget(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, V1);
        var instance = await engine.StartAsync("dunning");
        await engine.AdvanceAsync(TimeSpan.FromDays(1));
        var (v1, v2) = await DeployV2Async(engine, V2);
        var request = await AutoRequestAsync(engine, v1, v2);

        await engine.Inner.Migration.StartBatchAsync(request with { Plan = request.Plan with { UpdateEventTriggers = true } }, null, default);
        await engine.Engine.ExecuteDueJobsAsync(default);

        var timer = Assert.Single(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));
        Assert.Equal(TestEngine.Start.AddDays(1 + 3), timer.DueAt);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Batch_BoundaryTimerAndMessage_TimerKeptMessageSubscribedUnderTargetName(string database)
    {
        static string Version(string boundaryDelay, string messageName) => Process("promise", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "review")}
            <bpmn:userTask id="review" />
            <bpmn:boundaryEvent id="late" attachedToRef="review">{Timer(boundaryDelay)}</bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="paid" attachedToRef="review"><bpmn:messageEventDefinition messageRef="m" /></bpmn:boundaryEvent>
            {Flow("f1", "review", "end")}
            {Flow("f2", "late", "escalate")}
            {Flow("f3", "paid", "end")}
            <bpmn:userTask id="escalate" />
            <bpmn:endEvent id="end" />
            """, $"""<bpmn:message id="m" name="{messageName}" />""");
        await using var engine = await TestEngine.StartAsync(database, Version("P2D", "paid"));
        var instance = await engine.StartAsync("promise", businessKey: "INV-7");
        var (v1, v2) = await DeployV2Async(engine, Version("P5D", "payment-received"));

        await engine.Inner.Migration.StartBatchAsync(await AutoRequestAsync(engine, v1, v2), null, default);
        await engine.Engine.ExecuteDueJobsAsync(default);

        var timer = Assert.Single(await engine.Queries.ListJobsAsync(new(RootInstanceId: instance.Id), default));
        Assert.Equal(TestEngine.Start.AddDays(2), timer.DueAt);
        await Assert.ThrowsAsync<Errors.MessageCorrelationException>(() =>
            engine.Engine.CorrelateMessageAsync(new MessageCorrelationRequest("paid", "INV-7"), default));
        await engine.Engine.CorrelateMessageAsync(new MessageCorrelationRequest("payment-received", "INV-7"), default);
        Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(instance.Id)).Status);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Batch_LockedExternalTask_KeepsLockAndWorkerCompletesOnV2(string database)
    {
        static string Version(string next) => Process("mailing", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "mail")}
            <bpmn:sendTask id="mail" camunda:type="external" camunda:topic="send-email" />
            {Flow("f1", "mail", next)}
            <bpmn:userTask id="{next}" />
            """);
        await using var engine = await TestEngine.StartAsync(database, Version("review"));
        var instance = await engine.StartAsync("mailing");
        var locked = Assert.Single(await engine.Engine.FetchAndLockAsync(
            new FetchAndLockRequest("mailer", 1, [new FetchTopic("send-email", TimeSpan.FromMinutes(10))]), default));
        var (v1, v2) = await DeployV2Async(engine, Version("followUp"));

        await engine.Inner.Migration.StartBatchAsync(await AutoRequestAsync(engine, v1, v2), null, default);
        await engine.Engine.ExecuteDueJobsAsync(default);

        var task = Assert.Single(await engine.Queries.ListExternalTasksAsync(new ExternalTaskQuery(ProcessInstanceId: instance.Id), default));
        Assert.Equal((locked.Task.Id, "mailer", v2), (task.Id, task.WorkerId, task.DefinitionId));
        await engine.Engine.CompleteExternalTaskAsync(locked.Task.Id, "mailer", null, null, default);
        Assert.Equal(["followUp"], await engine.WaitingAsync(instance.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Preview_WaitingAtUnmappedActivity_ReportsItAndBatchLeavesInstanceOnV1(string database)
    {
        var v2Xml = V2.Replace("\"call\"", "\"callDebtor\"");
        await using var engine = await TestEngine.StartAsync(database, V1);
        var atCall = await engine.StartAsync("dunning", businessKey: "INV-CALL");
        await engine.AdvanceAsync(TimeSpan.FromDays(7));
        var atTimer = await engine.StartAsync("dunning", businessKey: "INV-TIMER");
        var (v1, v2) = await DeployV2Async(engine, v2Xml);
        var draft = await engine.Inner.Migration.GeneratePlanAsync(v1, v2, null, default);

        var preview = await engine.Inner.Migration.PreviewAsync(new MigrationRequest(draft.Plan), 100, default);
        var batch = await engine.Inner.Migration.StartBatchAsync(new MigrationRequest(draft.Plan), null, default);
        await engine.Engine.ExecuteDueJobsAsync(default);

        Assert.Contains("call", draft.UnmappedSourceActivityIds);
        Assert.Equal((2, 1, 1), (preview.Total, preview.Migratable, preview.NotMigratable));
        var refused = preview.Instances.Single(i => i.BusinessKey == "INV-CALL");
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("migration.activity-not-mapped", "call"), (problem.Code, problem.ActivityId));
        Assert.Contains("Call debtor", problem.Message);
        Assert.True(preview.Instances.Single(i => i.BusinessKey == "INV-TIMER").CanMigrate);
        var done = (await engine.Inner.Migration.GetBatchAsync(batch.Id, default))!;
        Assert.Equal((1, 1), (done.Migrated, done.Failed));
        Assert.Equal(atCall.Id, Assert.Single(done.Failures).ProcessInstanceId);
        Assert.Equal(1, (await engine.InstanceAsync(atCall.Id)).DefinitionVersion);
        Assert.Equal(2, (await engine.InstanceAsync(atTimer.Id)).DefinitionVersion);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Preview_ManualInstructionForRenamedTask_Migrates(string database)
    {
        var v2Xml = V2.Replace("\"call\"", "\"callDebtor\"");
        await using var engine = await TestEngine.StartAsync(database, V1);
        var instance = await engine.StartAsync("dunning");
        await engine.AdvanceAsync(TimeSpan.FromDays(7));
        var (v1, v2) = await DeployV2Async(engine, v2Xml);
        var draft = await engine.Inner.Migration.GeneratePlanAsync(v1, v2, [new MigrationInstruction("call", "callDebtor")], default);
        var plan = draft.Plan;

        var preview = await engine.Inner.Migration.PreviewAsync(new MigrationRequest(plan, [instance.Id]), 100, default);
        await engine.Inner.Migration.StartBatchAsync(new MigrationRequest(plan, [instance.Id]), null, default);
        await engine.Engine.ExecuteDueJobsAsync(default);

        var move = Assert.Single(Assert.Single(preview.Instances).Moves);
        Assert.Equal(("call", "callDebtor", "Call the debtor"), (move.SourceActivityId, move.TargetActivityId, move.TargetName));
        Assert.Equal("callDebtor", Assert.Single(await engine.TasksAsync(instance.Id)).TaskDefinitionKey);
        Assert.Equal(2, (await engine.InstanceAsync(instance.Id)).DefinitionVersion);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Preview_TargetInsideSubProcessNotEntered_ReportsScope(string database)
    {
        var v2Xml = Process("dunning", $"""
            <bpmn:startEvent id="start" />
            {Flow("f0", "start", "stage")}
            <bpmn:subProcess id="stage">
              <bpmn:startEvent id="stageStart" />
              {Flow("s0", "stageStart", "waitJunior")}
              <bpmn:intermediateCatchEvent id="waitJunior">{Timer("P3D")}</bpmn:intermediateCatchEvent>
              {Flow("s1", "waitJunior", "call")}
              <bpmn:userTask id="call" />
            </bpmn:subProcess>
            """);
        await using var engine = await TestEngine.StartAsync(database, V1);
        var instance = await engine.StartAsync("dunning");
        var (v1, v2) = await DeployV2Async(engine, v2Xml);

        var preview = await engine.Inner.Migration.PreviewAsync(await AutoRequestAsync(engine, v1, v2), 10, default);

        var problem = Assert.Single(Assert.Single(preview.Instances).Problems);
        Assert.Equal(("migration.scope-missing", "waitJunior"), (problem.Code, problem.ActivityId));
        Assert.Contains("stage", problem.Message);
    }

    [Theory, SqliteData, PostgresData]
    public async Task StartBatch_IncompatibleKind_IsRefusedWithThePlanProblem(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, V1);
        await engine.StartAsync("dunning");
        var (v1, v2) = await DeployV2Async(engine, V2);
        var draft = await engine.Inner.Migration.GeneratePlanAsync(v1, v2, null, default);
        var plan = draft.Plan with { Instructions = [.. draft.Plan.Instructions.Where(i => i.SourceActivityId != "call"), new MigrationInstruction("call", "waitJunior")] };

        var refused = await Assert.ThrowsAsync<Errors.InvalidRequestException>(() =>
            engine.Inner.Migration.StartBatchAsync(new MigrationRequest(plan), null, default));

        Assert.Equal("migration.plan-invalid", refused.Code);
        Assert.Contains("userTask", refused.Message);
        Assert.Empty(await engine.Inner.Migration.ListBatchesAsync("dunning", 10, default));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Batch_ManyInstances_CompletesChunkByChunkByRunningDueJobs(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, V1);
        engine.Service<IOptions<MigrationOptions>>().Value.ChunkSize = 7;
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++) ids.Add((await engine.StartAsync("dunning", businessKey: $"INV-{i}")).Id);
        var (v1, v2) = await DeployV2Async(engine, V2);

        var started = await engine.Inner.Migration.StartBatchAsync(await AutoRequestAsync(engine, v1, v2), null, default);
        var ran = await engine.Engine.ExecuteDueJobsAsync(default);

        var done = (await engine.Inner.Migration.GetBatchAsync(started.Id, default))!;
        Assert.Equal((20, 20, 0, false), (started.Total, started.Pending, started.Migrated, started.Completed));
        Assert.Equal((20, 20, 0, 0, true), (done.Total, done.Migrated, done.Failed, done.Pending, done.Completed));
        Assert.Equal(3 + 20, ran); // three seed runs of 7, 7 and 6, one job per instance
        Assert.NotNull(done.CompletedAt);
        foreach (var id in ids) Assert.Equal(2, (await engine.InstanceAsync(id)).DefinitionVersion);
        var versions = await engine.Inner.Migration.ListVersionsAsync("dunning", default);
        Assert.Equal([(2, 20), (1, 0)], versions.Select(v => (v.Definition.Version, v.RunningInstances)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Batch_OneInstanceFails_OthersMigrateAndFailureIsListed(string database)
    {
        var v2Xml = V2.Replace("""<bpmn:userTask id="warning" name="Warning letter" />""", """
            <bpmn:userTask id="warning" name="Warning letter" />
            <bpmn:boundaryEvent id="reminder" attachedToRef="call" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>${reminderDelay}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f9" sourceRef="reminder" targetRef="remind" />
            <bpmn:userTask id="remind" />
            """);
        await using var engine = await TestEngine.StartAsync(database, V1);
        var good = await engine.StartAsync("dunning", new { reminderDelay = "P1D" }, "INV-GOOD");
        var bad = await engine.StartAsync("dunning", businessKey: "INV-BAD");
        await engine.AdvanceAsync(TimeSpan.FromDays(7));
        var (v1, v2) = await DeployV2Async(engine, v2Xml);

        var batch = await engine.Inner.Migration.StartBatchAsync(await AutoRequestAsync(engine, v1, v2), null, default);
        await engine.Engine.ExecuteDueJobsAsync(default);

        var done = (await engine.Inner.Migration.GetBatchAsync(batch.Id, default))!;
        Assert.Equal((1, 1, true), (done.Migrated, done.Failed, done.Completed));
        var failure = Assert.Single(done.Failures);
        Assert.Equal((bad.Id, "INV-BAD"), (failure.ProcessInstanceId, failure.BusinessKey));
        Assert.Contains("reminderDelay", failure.Message);
        Assert.Equal(1, (await engine.InstanceAsync(bad.Id)).DefinitionVersion);
        Assert.Equal(["call"], await engine.WaitingAsync(bad.Id));
        Assert.Equal(2, (await engine.InstanceAsync(good.Id)).DefinitionVersion);
        var reminder = Assert.Single(await engine.Queries.ListJobsAsync(new(RootInstanceId: good.Id), default));
        Assert.Equal(("reminder", TestEngine.Start.AddDays(8)), (reminder.ActivityId, reminder.DueAt));
    }

    private static async Task<(Guid V1, Guid V2)> DeployV2Async(TestEngine engine, string xml)
    {
        var v1 = Assert.Single(await engine.Queries.ListDefinitionsAsync(null, latestOnly: true, default)).Id;
        var deployed = await engine.DeployAsync(xml, "v2.bpmn");
        var v2 = Assert.Single(deployed.Definitions);
        Assert.Equal(2, v2.Version);
        return (v1, v2.Id);
    }

    private static async Task<MigrationRequest> AutoRequestAsync(TestEngine engine, Guid v1, Guid v2)
    {
        var draft = await engine.Inner.Migration.GeneratePlanAsync(v1, v2, null, default);
        Assert.Empty(draft.Problems);
        return new MigrationRequest(draft.Plan);
    }
}
