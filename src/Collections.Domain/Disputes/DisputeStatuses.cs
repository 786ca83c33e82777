namespace Collections.Domain.Disputes;

/// <summary>Persisted dispute states.</summary>
public static class DisputeStatuses
{
    public const string Open = "open";

    /// <summary>The debtor was right (credit note, documents sent); collection resumes on the corrected balance.</summary>
    public const string Resolved = "resolved";

    /// <summary>The claim did not hold; collection resumes.</summary>
    public const string Rejected = "rejected";
}
