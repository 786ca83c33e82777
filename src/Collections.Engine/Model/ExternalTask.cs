namespace Collections.Engine.Model;

/// <summary>
/// A service task or send task with <c>camunda:type="external"</c>: work fetched by a worker on <see cref="Topic"/>.
/// </summary>
public sealed class ExternalTask : Activity
{
    /// <summary><c>camunda:topic</c>; may contain <c>${...}</c>.</summary>
    public required Expression Topic { get; init; }

    /// <summary><c>camunda:taskPriority</c>, default 0.</summary>
    public Expression? Priority { get; init; }
}
