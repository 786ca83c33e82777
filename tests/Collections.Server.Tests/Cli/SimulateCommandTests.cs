using Collections.Server.Cli;
using Collections.Server.Tests.Infrastructure;

namespace Collections.Server.Tests.Cli;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("collections-simulate-");

    [Fact]
    public async Task RunAsync_UnknownProperty_FailsNamingFileAndProperty()
    {
        var scenario = Path.Combine(_folder.FullName, "typo.scenario.json");
        await File.WriteAllTextAsync(scenario, """
            { // comments and trailing commas are fine
              "process": "p",
              "stpes": [],
            }
            """);
        var output = new StringWriter();

        var exitCode = await new SimulateCommand(output).RunAsync(_folder.FullName, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(1, exitCode);
        Assert.Contains($"{scenario}: invalid scenario", text);
        Assert.Contains("stpes", text);
        Assert.EndsWith("0 passed, 1 failed" + Environment.NewLine, text);
    }

    [Fact]
    public async Task RunAsync_EmptyFolder_ReportsZeroAndExitsZero()
    {
        var output = new StringWriter();

        var exitCode = await new SimulateCommand(output).RunAsync(_folder.FullName, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal("0 passed, 0 failed" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public async Task RunAsync_UserTaskScenario_PassesEveryStep()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "smoke-valid.bpmn"), TestBpmn.Valid);
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "smoke-valid.scenario.json"), """
            {
              "process": "smoke-valid", "businessKey": "INV-1", "startVariables": {"amount": 1200.50},
              "steps": [
                {"expectWaiting": ["review"]},
                {"expectUserTasks": [{"taskDefinitionKey": "review"}]},
                {"completeUserTask": "review", "variables": {"approved": true}},
                {"expectVariables": {"amount": 1200.5, "approved": true}},
                {"expectEnded": true},
                {"expectHistoryActivities": ["start", "review", "end"]},
              ]
            }
            """);
        var output = new StringWriter();

        var exitCode = await new SimulateCommand(output).RunAsync(_folder.FullName, CancellationToken.None);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains("  ✓ step 6: expectHistoryActivities", output.ToString());
        Assert.EndsWith("1 passed, 0 failed" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public async Task RunAsync_FolderWithContactScenarios_CountsThemWithProcessScenarios()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "sunday.contact.json"), """
            { "debtor": { "country": "CO", "timeZone": "America/Bogota" },
              "steps": [ { "at": "2026-12-06T10:00", "send": "email", "expect": "deferred", "rule": "no-contact-day", "until": "2026-12-07T07:00" } ] }
            """);
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "late.contact.json"), """
            { "debtor": { "country": "US", "timeZone": "America/New_York" },
              "steps": [ { "at": "2026-12-07T22:00", "send": "email", "expect": "allowed" } ] }
            """);
        var output = new StringWriter();

        var exitCode = await new SimulateCommand(output).RunAsync(_folder.FullName, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("  ✗ step 1: expected allowed, got deferred until Tuesday 2026-12-08 08:00 America/New_York", output.ToString());
        Assert.EndsWith("1 passed, 1 failed" + Environment.NewLine, output.ToString());
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
