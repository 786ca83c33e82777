using Collections.Engine.Testing;

namespace Collections.Server.Cli;

/// <summary>
/// <c>simulate PATH</c> (DESIGN.md D9): runs each <c>*.scenario.json</c> on an in-memory engine with a fake clock,
/// one line per step, then <c>N passed, N failed</c>. Exit 0 only when every scenario passes.
/// </summary>
internal sealed class SimulateCommand(TextWriter output)
{
    public async Task<int> RunAsync(string path, CancellationToken cancellationToken)
    {
        var files = InputFiles.Find(path, "*.scenario.json");
        if (files is null)
        {
            await output.WriteLineAsync($"{path}: no such file or folder");
            await output.WriteLineAsync("0 passed, 1 failed");
            return 1;
        }

        var runner = new ScenarioRunner();
        int passed = 0, failed = 0;
        foreach (var file in files)
        {
            ScenarioResult result;
            try
            {
                result = await runner.RunAsync(file, output, cancellationToken);
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
