namespace Collections.Domain.Promises;

/// <summary>Persisted promise states.</summary>
public static class PromiseStatuses
{
    public const string Open = "open";
    public const string Kept = "kept";
    public const string Broken = "broken";
}
