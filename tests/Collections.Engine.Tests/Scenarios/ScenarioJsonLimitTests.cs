using Collections.Engine.Testing;

namespace Collections.Engine.Tests.Scenarios;

/// <summary>The scenario reader behind <c>simulate</c> refuses oversized and over-deep files with a message naming the file.</summary>
public sealed class ScenarioJsonLimitTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("scenario-limits-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(10_000)]
    [InlineData(ScenarioJson.MaxDepth + 1)]
    public async Task RunAsync_VariablesNestedPastMaxDepth_FailsNamingTheFileAndDepth(int depth)
    {
        var path = Path.Combine(folder, "deep.scenario.json");
        var value = new string('[', depth) + new string(']', depth);
        await File.WriteAllTextAsync(path, $$"""{ "file": "x.bpmn", "process": "x", "startVariables": { "a": {{value}} }, "steps": [] }""");
        var output = new StringWriter();

        var result = await new ScenarioRunner().RunAsync(path, output, CancellationToken.None);

        Assert.False(result.Passed);
        Assert.Contains(path, output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"maximum configured depth of {ScenarioJson.MaxDepth}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FileOverSizeLimit_FailsBeforeReading()
    {
        var path = Path.Combine(folder, "big.scenario.json");
        await File.WriteAllTextAsync(path, "{ \"steps\": [" + new string(' ', (int)ScenarioJson.MaxFileBytes) + "] }");
        var output = new StringWriter();

        var result = await new ScenarioRunner().RunAsync(path, output, CancellationToken.None);

        Assert.False(result.Passed);
        Assert.Contains("byte limit for scenario files", output.ToString(), StringComparison.Ordinal);
    }
}
