namespace Collections.Engine.Model;

/// <summary>
/// Waits for a message (<c>messageRef</c>), or, without one, until it is triggered through the engine API
/// (Camunda 7's <c>RuntimeService.signal</c>).
/// </summary>
public sealed class ReceiveTask : Activity
{
    /// <summary>The message it waits for; null when it waits for an explicit trigger instead.</summary>
    public required Expression? MessageName { get; init; }
}
