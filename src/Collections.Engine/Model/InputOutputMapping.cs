namespace Collections.Engine.Model;

/// <summary><c>camunda:inputOutput</c>: local variables set on entry, parent variables set on completion.</summary>
public sealed record InputOutputMapping(IReadOnlyList<Parameter> Inputs, IReadOnlyList<Parameter> Outputs)
{
    public static InputOutputMapping Empty { get; } = new([], []);
}
