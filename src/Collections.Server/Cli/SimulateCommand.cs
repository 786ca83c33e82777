using Collections.Domain.Outreach.Policy;
using Collections.Domain.Outreach.Policy.Scenarios;
using Collections.Engine.Testing;
using Microsoft.Extensions.Options;

namespace Collections.Server.Cli;

/// <summary>
/// <c>simulate PATH</c> (DESIGN.md D9): runs each <c>*.scenario.json</c> on an in-memory engine with a fake clock and
/// each <c>*.contact.json</c> against the shipped contact rules, one line per step, then <c>N passed, N failed</c>.
/// Exit 0 only when every scenario passes.
/// </summary>
internal sealed class SimulateCommand(TextWriter output)
{
    public async Task<int> RunAsync(string path, CancellationToken cancellationToken)
    {
        var processFiles = InputFiles.Find(path, "*.scenario.json");
        var contactFiles = InputFiles.Find(path, "*.contact.json");
        if (processFiles is null || contactFiles is null)
        {
            await output.WriteLineAsync($"{path}: no such file or folder");
            await output.WriteLineAsync("0 passed, 1 failed");
            return 1;
        }

        var processRunner = new ScenarioRunner();
        var contactRunner = new ContactScenarioRunner(new ContactPolicy(Options.Create(new ContactPolicyOptions())));
        var runs = processFiles.Select(f => (File: f, Run: (Func<Task<ScenarioResult>>)(() => processRunner.RunAsync(f, output, cancellationToken))))
            .Concat(contactFiles.Select(f => (File: f, Run: (Func<Task<ScenarioResult>>)(() => contactRunner.RunAsync(f, output, cancellationToken)))));
        int passed = 0, failed = 0;
        foreach (var (file, run) in runs)
        {
            ScenarioResult result;
            try
            {
                result = await run();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await output.WriteLineAsync($"  ✗ {e.GetType().Name}: {e.Message}");
                result = ScenarioResult.Fail(file, 0, e.Message);
            }

            if (result.Passed)
            {
                passed++;
            }
            else
            {
                failed++;
            }
        }

        await output.WriteLineAsync($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
