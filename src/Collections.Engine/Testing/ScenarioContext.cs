namespace Collections.Engine.Testing;

/// <summary>The state of one running scenario: its file, engine, and the root instance once started.</summary>
internal sealed class ScenarioContext(string scenarioPath, ScenarioFile scenario, InMemoryEngine engine, CancellationToken cancellationToken)
{
    private const string ScenarioSuffix = ".scenario.json";

    public string ScenarioPath { get; } = scenarioPath;

    public ScenarioFile Scenario { get; } = scenario;

    public InMemoryEngine Engine { get; } = engine;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Set by the start, or by the first <c>correlateMessage</c> that starts an instance.</summary>
    public Guid? RootInstanceId { get; set; }

    public string? Failure { get; set; }

    public Guid Root => RootInstanceId
        ?? throw new ScenarioStepException("no process instance has been started yet (give \"process\" or start it with correlateMessage)");

    /// <summary><c>x.scenario.json</c> → <c>x.bpmn</c>.</summary>
    public static string DefaultBpmnName(string scenarioPath)
    {
        var name = Path.GetFileName(scenarioPath);
        var stem = name.EndsWith(ScenarioSuffix, StringComparison.OrdinalIgnoreCase)
            ? name[..^ScenarioSuffix.Length]
            : Path.GetFileNameWithoutExtension(name);
        return stem + ".bpmn";
    }

    /// <summary>A path from the scenario: absolute, or relative to the scenario's folder, else to its parent folder.</summary>
    public string Resolve(string relative)
    {
        if (Path.IsPathRooted(relative))
        {
            return relative;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(ScenarioPath)) ?? ".";
        var here = Path.Combine(folder, relative);
        if (File.Exists(here))
        {
            return here;
        }

        var parent = Path.GetDirectoryName(folder);
        var there = parent is null ? null : Path.Combine(parent, relative);
        return there is not null && File.Exists(there)
            ? there
            : throw new ScenarioStepException($"{relative} not found next to the scenario ({folder}) nor in its parent folder");
    }
}
