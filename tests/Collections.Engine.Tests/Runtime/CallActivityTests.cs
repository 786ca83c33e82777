using Collections.Engine.Api;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

public sealed class CallActivityTests
{
    private static string Child(string taskId) => Process("legal", $"""
        <bpmn:startEvent id="cs" />
        {Flow("c0", "cs", taskId)}
        <bpmn:userTask id="{taskId}" />
        {Flow("c1", taskId, "ce")}
        <bpmn:endEvent id="ce" />
        """);

    private static string Parent(string binding = "") => Process("parent", $$"""
        <bpmn:startEvent id="start" />
        {{Flow("f0", "start", "callLegal")}}
        <bpmn:callActivity id="callLegal" calledElement="legal" {{binding}}>
          <bpmn:extensionElements>
            <camunda:in source="amount" target="claimAmount" />
            <camunda:in businessKey="${execution.getBusinessKey()}" />
            <camunda:out source="verdict" target="legalVerdict" />
          </bpmn:extensionElements>
        </bpmn:callActivity>
        {{Flow("f1", "callLegal", "after")}}
        <bpmn:userTask id="after" />
        """);

    [Theory, SqliteData, PostgresData]
    public async Task CallActivity_ChildEnds_OutMappingsReturnAndParentContinues(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Child("fileClaim"), Parent());
        var parent = await engine.StartAsync("parent", new { amount = 9000m }, "INV-42");
        var child = (await engine.Queries.ListInstancesAsync(new InstanceQuery(RootInstanceId: parent.Id), default)).Single(i => i.Id != parent.Id);
        Assert.Equal(9000m, (await engine.VariablesAsync(child.Id))["claimAmount"].Value);
        Assert.Equal("INV-42", child.BusinessKey);
        Assert.Equal(["fileClaim"], child.WaitingActivityIds);

        await engine.CompleteTaskAsync(parent.Id, "fileClaim", new { verdict = "sue" });

        Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(child.Id)).Status);
        Assert.Equal(["after"], await engine.WaitingAsync(parent.Id));
        Assert.Equal("sue", (await engine.VariablesAsync(parent.Id))["legalVerdict"].Value);
    }

    [Theory, SqliteData, PostgresData]
    public async Task CallActivity_PinnedVersion_UsesThatVersionAfterNewDeploy(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Child("v1Task"), Parent("camunda:calledElementBinding=\"version\" camunda:calledElementVersion=\"1\""));
        await engine.DeployAsync(Child("v2Task"), "legal-v2.bpmn");

        var pinned = await engine.StartAsync("parent", new { amount = 1m });

        var tasks = await engine.TasksAsync(pinned.Id);
        Assert.Equal(["v1Task"], tasks.Select(t => t.TaskDefinitionKey));
    }

    [Theory, SqliteData, PostgresData]
    public async Task CallActivity_LatestBinding_UsesNewestVersion(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Child("v1Task"), Parent());
        await engine.DeployAsync(Child("v2Task"), "legal-v2.bpmn");

        var latest = await engine.StartAsync("parent", new { amount = 1m });

        Assert.Equal(["v2Task"], (await engine.TasksAsync(latest.Id)).Select(t => t.TaskDefinitionKey));
    }

    [Theory, SqliteData, PostgresData]
    public async Task CancelParent_CalledInstanceRunning_CancelsChildToo(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Child("fileClaim"), Parent());
        var parent = await engine.StartAsync("parent", new { amount = 1m });

        await engine.Engine.CancelProcessInstanceAsync(parent.Id, "written off", default);

        var all = await engine.Queries.ListInstancesAsync(new InstanceQuery(RootInstanceId: parent.Id), default);
        Assert.All(all, i => Assert.Equal(ProcessInstanceStatus.Canceled, i.Status));
        Assert.Empty(await engine.TasksAsync(parent.Id));
    }
}
