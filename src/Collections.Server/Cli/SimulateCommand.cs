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
        var processFiles = InputFiles.Find(path, "*.scenario.json")?.Where(f => !IsContactScenario(f)).ToList();
        var contactFiles = InputFiles.Find(path, "*.contact.json")?.Where(IsContactScenario).ToList();
        if (processFiles is null || contactFiles is null)
        {
            await output.WriteLineAsync($"{path}: no such file or folder");
            await output.WriteLineAsync("0 passed, 1 failed");
            return 1;
        }

        var processRunner = new ScenarioRunner();
        var contactRunner = new ContactScenarioRunner(new ContactPolicy(Options.Create(new ContactPolicyOptions())), TemplatesNear(contactFiles));
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

    private static bool IsContactScenario(string file) => file.EndsWith(".contact.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The playbook's message templates for statement steps: the nearest <c>templates</c> folder above the first
    /// contact scenario (<c>workflows/templates</c> for <c>workflows/scenarios/contact</c>), or none.
    /// </summary>
    private static Domain.Outreach.Templates.TemplateRenderer? TemplatesNear(IReadOnlyList<string> contactFiles)
    {
        for (var folder = contactFiles.Count == 0 ? null : Path.GetDirectoryName(Path.GetFullPath(contactFiles[0])); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, "templates");
            if (!Directory.Exists(candidate) || !Directory.EnumerateFiles(candidate, "*.liquid").Any()) continue;
            // A scenario is a dry run with no database, so no saved company details: it renders with sample ones,
            // marked as such, so a message step shows the whole message instead of failing on the empty store.
            var options = Options.Create(new Domain.Outreach.Templates.OutreachTemplateOptions { Directory = candidate, Company = SampleCompany() });
            return new Domain.Outreach.Templates.TemplateRenderer(new Domain.Outreach.Templates.TemplateCatalog(options), options);
        }

        return null;
    }

    private static Domain.Outreach.Templates.OutreachTemplateOptions.CompanyInfo SampleCompany() => new()
    {
        Name = "Sample Company (simulation)",
        TaxId = "000000000",
        Payment = new(StringComparer.OrdinalIgnoreCase)
        {
            ["COP"] = "https://pay.example/cop", ["MXN"] = "https://pay.example/mxn", ["EUR"] = "https://pay.example/eur", ["USD"] = "https://pay.example/usd",
        },
        Phone = "+1 555 0100",
        Email = "collections@example.com",
        Address = "1 Sample Street",
        Signature = "Collections (simulation)",
        Example = true,
    };
}
