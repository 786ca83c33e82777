namespace Collections.Engine.Errors;

/// <summary>A message matched no waiting instance, or several when exactly one was required.</summary>
public sealed class MessageCorrelationException(string messageName, int matches, string message)
    : CollectionsException(matches == 0 ? "message.no-match" : "message.ambiguous", message)
{
    public string MessageName { get; } = messageName;

    public int Matches { get; } = matches;
}
