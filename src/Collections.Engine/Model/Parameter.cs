namespace Collections.Engine.Model;

/// <summary>A <c>camunda:inputParameter</c> or <c>camunda:outputParameter</c>.</summary>
public sealed record Parameter(string Name, ParameterValue Value);
