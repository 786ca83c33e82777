namespace Collections.Engine.Errors;

/// <summary>
/// Base of every error a user can cause or meet (bad BPMN, bad request, failed expression). <see cref="Code"/> is
/// stable and becomes the RFC 7807 problem type in the API.
/// </summary>
public abstract class CollectionsException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Stable machine-readable code, e.g. <c>bpmn.invalid</c>.</summary>
    public string Code { get; } = code;
}
