namespace Collections.Engine.Errors;

/// <summary>
/// A timer, due date or retry cycle that is not valid ISO 8601. The message quotes the value and names the expected
/// format, so a process owner can fix the diagram without reading the engine's source.
/// </summary>
public sealed class TimerFormatException(string value, string message)
    : CollectionsException("timer.invalid", message)
{
    /// <summary>The text that could not be read, exactly as given.</summary>
    public string Value { get; } = value;
}
