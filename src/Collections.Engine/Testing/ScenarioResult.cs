namespace Collections.Engine.Testing;

/// <summary>How one scenario ended: <paramref name="Failure"/> says why when it did not pass.</summary>
public sealed record ScenarioResult(string ScenarioPath, bool Passed, int StepsPassed, string? Failure)
{
    public static ScenarioResult Pass(string path, int steps) => new(path, true, steps, null);

    public static ScenarioResult Fail(string path, int steps, string failure) => new(path, false, steps, failure);
}
