namespace Collections.Engine.Errors;

/// <summary>A request the engine cannot carry out as asked (bad variables, form validation, wrong state).</summary>
public sealed class InvalidRequestException(string code, string message, string? field = null)
    : CollectionsException(code, message)
{
    /// <summary>The request field at fault, when one is.</summary>
    public string? Field { get; } = field;
}
