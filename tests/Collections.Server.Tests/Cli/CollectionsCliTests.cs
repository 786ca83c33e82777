using Collections.Server.Cli;

namespace Collections.Server.Tests.Cli;

public sealed class CollectionsCliTests
{
    [Theory]
    [InlineData(new[] { "validate", "workflows" }, true)]
    [InlineData(new[] { "simulate", "x.scenario.json" }, true)]
    [InlineData(new[] { "--urls", "http://localhost:5081" }, false)]
    [InlineData(new string[0], false)]
    public void IsVerb_Args_RecognizesOnlyTheVerbsInFirstPlace(string[] args, bool expected)
    {
        var isVerb = CollectionsCli.IsVerb(args);

        Assert.Equal(expected, isVerb);
    }

    [Fact]
    public async Task RunAsync_MissingPath_PrintsUsageAndExitsTwo()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await CollectionsCli.RunAsync(["validate"], output, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: validate PATH", error.ToString());
    }
}
