namespace Collections.Engine.Testing;

/// <summary>A scenario step whose expectation did not hold; the message says what differed.</summary>
internal sealed class ScenarioStepException(string message) : Exception(message);
