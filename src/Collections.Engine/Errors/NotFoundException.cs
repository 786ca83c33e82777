namespace Collections.Engine.Errors;

/// <summary>The named definition, instance, task, job or incident does not exist (or no longer exists).</summary>
public sealed class NotFoundException(string what, string id)
    : CollectionsException("not-found", $"{what} '{id}' was not found.")
{
    public string What { get; } = what;

    public string Id { get; } = id;
}
