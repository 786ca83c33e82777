using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Parsing;
using Microsoft.Extensions.Time.Testing;

namespace Collections.Engine.Testing;

/// <summary>
/// Runs one <c>*.scenario.json</c> on a fresh <see cref="InMemoryEngine"/> with a fake clock:
/// deploys, starts, then runs the steps in order and stops at the first that fails. Every failure, an exception
/// included, fails this scenario only; the caller's run goes on.
/// </summary>
public sealed partial class ScenarioRunner
{
    /// <summary>The fake clock's start when the scenario gives none: a Monday morning.</summary>
    public static readonly DateTimeOffset DefaultClock = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Queries ask for at most this many rows; a scenario tree is far smaller.</summary>
    private const int QueryLimit = 10_000;

    public async Task<ScenarioResult> RunAsync(string scenarioPath, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenarioPath);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(scenarioPath);

        ScenarioFile scenario;
        try
        {
            scenario = await ScenarioJson.LoadAsync(scenarioPath, cancellationToken);
        }
        catch (ScenarioStepException e)
        {
            return await FailAsync(output, scenarioPath, 0, e.Message);
        }

        try
        {
            var clock = new FakeTimeProvider(scenario.Clock ?? DefaultClock);
            await using var engine = await InMemoryEngine.StartAsync(clock, cancellationToken);
            var context = new ScenarioContext(scenarioPath, scenario, engine, cancellationToken);

            if (!await DeployAsync(context, output))
            {
                return ScenarioResult.Fail(scenarioPath, 0, context.Failure ?? "deployment failed");
            }

            if (scenario.ExpectDeployError)
            {
                return ScenarioResult.Pass(scenarioPath, 0);
            }

            if (scenario.Process is { } processKey)
            {
                var started = await engine.Engine.StartProcessAsync(
                    new StartProcessRequest(processKey, scenario.BusinessKey, ToVariables(scenario.StartVariables)), cancellationToken);
                context.RootInstanceId = started.Id;
            }

            return await RunStepsAsync(context, output);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            var why = e is ScenarioStepException or CollectionsException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            return await FailAsync(output, scenarioPath, 0, why);
        }
    }

    private static async Task<bool> DeployAsync(ScenarioContext context, TextWriter output)
    {
        foreach (var extra in context.Scenario.Deploy ?? [])
        {
            await context.Engine.DeployFileAsync(context.Resolve(extra), context.CancellationToken);
        }

        var main = context.Scenario.File is { } file
            ? context.Resolve(file)
            : context.Resolve(ScenarioContext.DefaultBpmnName(context.ScenarioPath));
        try
        {
            await context.Engine.DeployFileAsync(main, context.CancellationToken);
        }
        catch (BpmnValidationException e) when (context.Scenario.ExpectDeployError)
        {
            await WriteProblemsAsync(output, e.Problems);
            var element = context.Scenario.ExpectDeployErrorElement;
            if (element is not null && !e.Problems.Any(p => p.ElementId == element))
            {
                context.Failure = $"the deployment failed but no problem names element '{element}'";
                await output.WriteLineAsync($"  ✗ deploy: {context.Failure}");
                return false;
            }

            await output.WriteLineAsync($"  ✓ deploy: rejected as expected{(element is null ? "" : $", naming '{element}'")}");
            return true;
        }
        catch (BpmnValidationException e)
        {
            await WriteProblemsAsync(output, e.Problems);
            context.Failure = $"{Path.GetFileName(main)} was rejected with {e.Problems.Count} problem(s)";
            await output.WriteLineAsync($"  ✗ deploy: {context.Failure}");
            return false;
        }

        if (context.Scenario.ExpectDeployError)
        {
            context.Failure = $"{Path.GetFileName(main)} deployed, but the scenario expects a deployment error";
            await output.WriteLineAsync($"  ✗ deploy: {context.Failure}");
            return false;
        }

        return true;
    }

    private async Task<ScenarioResult> RunStepsAsync(ScenarioContext context, TextWriter output)
    {
        var steps = context.Scenario.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            var number = i + 1;
            string? kind = null;
            try
            {
                kind = KindOf(steps[i]);
                var summary = await RunStepAsync(kind, steps[i], context);
                await output.WriteLineAsync($"  ✓ step {number}: {kind}{(summary.Length == 0 ? "" : " " + summary)}");
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                var why = e is ScenarioStepException or CollectionsException ? e.Message : $"{e.GetType().Name}: {e.Message}";
                var label = kind is null ? "" : kind + ": ";
                await output.WriteLineAsync($"  ✗ step {number}: {label}{why}");
                return ScenarioResult.Fail(context.ScenarioPath, i, $"step {number}: {label}{why}");
            }
        }

        return ScenarioResult.Pass(context.ScenarioPath, steps.Count);
    }

    private static async Task<ScenarioResult> FailAsync(TextWriter output, string path, int steps, string why)
    {
        await output.WriteLineAsync($"  ✗ {why}");
        return ScenarioResult.Fail(path, steps, why);
    }

    private static async Task WriteProblemsAsync(TextWriter output, IReadOnlyList<BpmnProblem> problems)
    {
        foreach (var problem in problems)
        {
            await output.WriteLineAsync($"    {problem}");
        }
    }
}
