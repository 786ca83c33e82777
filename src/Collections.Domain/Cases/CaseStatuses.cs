namespace Collections.Domain.Cases;

/// <summary>Persisted case states.</summary>
public static class CaseStatuses
{
    public const string Open = "open";
    public const string Closed = "closed";
}
