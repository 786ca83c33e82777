namespace Collections.Engine.Errors;

/// <summary>
/// A trigger named an activity where no token waits for one (<c>execution.not-waiting</c>), or where several do and
/// the trigger cannot tell which one is meant (<c>execution.ambiguous</c>).
/// </summary>
public sealed class TriggerException(Guid processInstanceId, string activityId, int waiting, string message)
    : CollectionsException(waiting == 0 ? "execution.not-waiting" : "execution.ambiguous", message)
{
    public Guid ProcessInstanceId { get; } = processInstanceId;

    public string ActivityId { get; } = activityId;

    /// <summary>How many tokens wait for a trigger at the activity: 0, or more than one.</summary>
    public int Waiting { get; } = waiting;
}
