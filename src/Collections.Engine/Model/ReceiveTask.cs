namespace Collections.Engine.Model;

/// <summary>Waits for a message (<c>messageRef</c>).</summary>
public sealed class ReceiveTask : Activity
{
    public required Expression MessageName { get; init; }
}
