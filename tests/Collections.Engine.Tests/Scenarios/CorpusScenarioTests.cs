using Collections.Engine.Testing;

namespace Collections.Engine.Tests.Scenarios;

/// <summary>The executable Camunda examples of the corpus run to completion through the scenario runner behind <c>simulate</c>.</summary>
public sealed class CorpusScenarioTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "camunda-examples"), "*.scenario.json").Order())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task RunAsync_ExecutableCamundaExample_RunsToCompletion(string scenario)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "camunda-examples", scenario);
        var output = new StringWriter();

        var result = await new ScenarioRunner().RunAsync(path, output, CancellationToken.None);

        Assert.True(result.Passed, output.ToString());
    }

    [Fact]
    public void Scenarios_EveryExampleThatDeploys_HasAScenario()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus", "camunda-examples");
        var parser = new Collections.Engine.Parsing.BpmnParser(new Collections.Engine.Expressions.ExpressionCompiler());

        var deployable = Directory.GetFiles(folder, "*.bpmn")
            .Where(f => parser.Parse(File.ReadAllText(f), Path.GetFileName(f)) is { IsValid: true } r && r.Processes.Any(p => p.IsExecutable))
            .Select(f => Path.GetFileName(f)).Order().ToList();
        var covered = Directory.GetFiles(folder, "*.scenario.json").Select(f => Path.GetFileName(f).Replace(".scenario.json", ".bpmn")).Order().ToList();

        Assert.NotEmpty(deployable);
        Assert.Equal(deployable, covered);
    }
}
