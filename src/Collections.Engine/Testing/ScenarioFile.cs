using System.Text.Json;

namespace Collections.Engine.Testing;

/// <summary>
/// One <c>*.scenario.json</c> file: what to deploy, how to start, and the steps to run.
/// Relative paths resolve against the scenario's folder, then its parent folder.
/// </summary>
public sealed record ScenarioFile
{
    /// <summary>The BPMN file under test; default: the <c>.bpmn</c> with the scenario's base name.</summary>
    public string? File { get; init; }

    /// <summary>Extra BPMN files deployed first (called processes).</summary>
    public IReadOnlyList<string>? Deploy { get; init; }

    /// <summary>Key of the process to start; omitted when the first step starts it by message.</summary>
    public string? Process { get; init; }

    public string? BusinessKey { get; init; }

    public IReadOnlyDictionary<string, JsonElement>? StartVariables { get; init; }

    /// <summary>The fake clock's start; default 2026-01-05T09:00:00Z.</summary>
    public DateTimeOffset? Clock { get; init; }

    /// <summary>True: deploying <see cref="File"/> must fail with a validation error, and the scenario ends there.</summary>
    public bool ExpectDeployError { get; init; }

    /// <summary>With <see cref="ExpectDeployError"/>: an element id that one of the problems must name.</summary>
    public string? ExpectDeployErrorElement { get; init; }

    public IReadOnlyList<ScenarioStep> Steps { get; init; } = [];
}
