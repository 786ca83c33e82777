namespace Collections.Engine.Model;

/// <summary>Starts another process by key and waits for it to end (<c>calledElement</c>).</summary>
public sealed class CallActivity : Activity
{
    public required Expression CalledElement { get; init; }

    /// <summary><c>camunda:calledElementBinding</c>: latest (default), version, versionTag, deployment.</summary>
    public CalledElementBinding Binding { get; init; } = CalledElementBinding.Latest;

    /// <summary><c>camunda:calledElementVersion</c> when the binding is <see cref="CalledElementBinding.Version"/>.</summary>
    public Expression? Version { get; init; }

    /// <summary><c>camunda:in</c> mappings, parent to child.</summary>
    public List<VariableMapping> InMappings { get; } = [];

    /// <summary><c>camunda:out</c> mappings, child to parent.</summary>
    public List<VariableMapping> OutMappings { get; } = [];

    /// <summary><c>camunda:in businessKey="..."</c>: the child's business key.</summary>
    public Expression? BusinessKey { get; init; }
}
