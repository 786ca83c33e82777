using Collections.Engine.Api;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Runtime;

/// <summary>Waiting tokens and open incidents per activity of one definition, for the designer's version view.</summary>
public sealed class ActivityStatisticsTests
{
    private static string Stats(string taskName = "Review") => Process("stats", $$"""
        <bpmn:startEvent id="start" />
        {{Flow("f0", "start", "route")}}
        <bpmn:exclusiveGateway id="route" />
        {{Flow("toTask", "route", "review", "${path == 'task'}")}}
        {{Flow("toWait", "route", "choose", "${path == 'wait'}")}}
        {{Flow("toWorker", "route", "notify", "${path == 'worker'}")}}
        {{Flow("toFail", "route", "score", "${path == 'fail'}")}}
        {{Flow("toReceive", "route", "confirm", "${path == 'receive'}")}}
        <bpmn:userTask id="review" name="{{taskName}}" />
        <bpmn:boundaryEvent id="reviewTimeout" attachedToRef="review"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:eventBasedGateway id="choose" />
        {{Flow("toPaid", "choose", "paid")}}
        {{Flow("toLate", "choose", "late")}}
        <bpmn:intermediateCatchEvent id="paid"><bpmn:messageEventDefinition messageRef="mPaid" /></bpmn:intermediateCatchEvent>
        <bpmn:intermediateCatchEvent id="late"><bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:serviceTask id="notify" camunda:type="external" camunda:topic="notify" />
        <bpmn:scriptTask id="score" scriptFormat="javascript"><bpmn:script>throw new Error('scoring down');</bpmn:script></bpmn:scriptTask>
        <bpmn:receiveTask id="confirm" messageRef="mConfirm" />
        {{Flow("e1", "review", "end")}}
        {{Flow("e2", "reviewTimeout", "end")}}
        {{Flow("e3", "paid", "end")}}
        {{Flow("e4", "late", "end")}}
        {{Flow("e5", "notify", "end")}}
        {{Flow("e6", "score", "end")}}
        {{Flow("e7", "confirm", "end")}}
        <bpmn:endEvent id="end" />
        """, """<bpmn:message id="mPaid" name="paid" /><bpmn:message id="mConfirm" name="confirm" />""");

    [Theory, SqliteData, PostgresData]
    public async Task GetActivityStatisticsAsync_TokensAcrossElementKinds_CountsEachTokenOnceWhereItWaits(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Stats());
        foreach (var path in new[] { "task", "task", "task", "wait", "wait", "worker", "fail", "fail", "receive" })
        {
            await engine.StartAsync("stats", new { path });
        }

        var definition = (await engine.Queries.ListDefinitionsAsync("stats", latestOnly: true, default)).Single();

        var stats = await engine.Queries.GetActivityStatisticsAsync(definition.Id, default);

        Assert.Equal(
            [new("choose", 2, 0), new("confirm", 1, 0), new("notify", 1, 0), new("review", 3, 0), new ActivityStatistics("score", 2, 2)],
            stats);
    }

    [Theory, SqliteData, PostgresData]
    public async Task GetActivityStatisticsAsync_TwoVersions_CountsOnlyTheAskedVersion(string database)
    {
        await using var engine = await TestEngine.StartAsync(database, Stats());
        await engine.StartAsync("stats", new { path = "task" });
        await engine.StartAsync("stats", new { path = "task" });
        await engine.DeployAsync(Stats("Review again"));
        await engine.StartAsync("stats", new { path = "task" });
        var versions = (await engine.Queries.ListDefinitionsAsync("stats", latestOnly: false, default)).OrderBy(d => d.Version).ToList();

        var first = await engine.Queries.GetActivityStatisticsAsync(versions[0].Id, default);
        var second = await engine.Queries.GetActivityStatisticsAsync(versions[1].Id, default);

        Assert.Equal([new ActivityStatistics("review", 2, 0)], first);
        Assert.Equal([new ActivityStatistics("review", 1, 0)], second);
    }
}
