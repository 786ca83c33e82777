namespace Collections.Engine.Persistence.Records;

/// <summary>A token (or an event sub-process, or a boundary event) waiting for a message by name.</summary>
internal sealed class MessageSubscriptionRecord
{
    public Guid Id { get; set; }
    public required string MessageName { get; set; }
    public Guid ProcessInstanceId { get; set; }
    public Guid RootInstanceId { get; set; }
    public string? BusinessKey { get; set; }

    /// <summary>The catching element (receive task, catch event, boundary event, event sub-process start).</summary>
    public required string ActivityId { get; set; }

    /// <summary>The activity instance that owns the subscription.</summary>
    public required string ActivityInstanceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
