namespace Collections.Engine.Model;

/// <summary>Runs a javascript script in the sandbox; <c>camunda:resultVariable</c> stores its value.</summary>
public sealed class ScriptTask : Activity
{
    public required ScriptSource Script { get; init; }

    public string? ResultVariable { get; init; }
}
