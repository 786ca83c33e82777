using Collections.Domain.Cases;
using Collections.Engine.Api;

namespace Collections.Domain.Tests.Cases;

/// <summary>The engine's history as timeline lines: a code and the activity's name, never the BPMN kind or the element id.</summary>
public sealed class ProcessTimelineTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static HistoricActivityInfo Entry(string id, string? name, string type, Guid? taskId = null, DateTimeOffset? ended = null, bool canceled = false, string? assignee = null) =>
        new($"{id}:1", Guid.Empty, id, name, type, At, ended, canceled, assignee, taskId);

    [Theory]
    [InlineData("intermediateCatchEvent", ProcessTimeline.Waiting)]
    [InlineData("receiveTask", ProcessTimeline.Waiting)]
    [InlineData("sendTask", ProcessTimeline.Step)]
    [InlineData("serviceTask", ProcessTimeline.Step)]
    [InlineData("callActivity", ProcessTimeline.Step)]
    [InlineData("boundaryEvent", ProcessTimeline.Event)]
    public void Lines_NamedActivity_KindFromElementAndNameAsArgument(string type, string kind)
    {
        var line = Assert.Single(ProcessTimeline.Lines(Entry("day7", "Día 7", type)));

        Assert.Equal(kind, line.Kind);
        Assert.Equal("process", line.Source);
        Assert.Equal(new Dictionary<string, string> { ["activity"] = "Día 7" }, line.Arguments);
    }

    [Fact]
    public void Lines_UnnamedActivity_NoNameRatherThanTheElementId()
    {
        var line = Assert.Single(ProcessTimeline.Lines(Entry("promise-wait", null, "intermediateCatchEvent")));

        Assert.Equal(ProcessTimeline.Waiting, line.Kind);
        Assert.Empty(line.Arguments!);
    }

    [Fact]
    public void Lines_CompletedUserTask_CreatedAndCompletedWithWhoCompletedIt()
    {
        var lines = ProcessTimeline.Lines(Entry("call", "Llamar al deudor", "userTask", Guid.NewGuid(), At.AddHours(2), assignee: "ana@example.com")).ToList();

        Assert.Equal(["task.created", "task.completed"], lines.Select(l => l.Kind));
        Assert.Equal("Llamar al deudor", lines[1].Arguments!["activity"]);
        Assert.Equal("ana@example.com", lines[1].Arguments!["by"]);
        Assert.Equal(At.AddHours(2), lines[1].At);
    }

    [Fact]
    public void Lines_CanceledUserTask_OnlyItsCreation()
    {
        var lines = ProcessTimeline.Lines(Entry("call", "Llamar", "userTask", Guid.NewGuid(), At.AddHours(2), canceled: true));

        Assert.Equal("task.created", Assert.Single(lines).Kind);
    }

    [Theory]
    [InlineData("startEvent")]
    [InlineData("endEvent")]
    [InlineData("exclusiveGateway")]
    [InlineData("eventBasedGateway")]
    public void Lines_Routing_NoLine(string type)
    {
        Assert.Empty(ProcessTimeline.Lines(Entry("x", "Routing", type)));
    }
}
