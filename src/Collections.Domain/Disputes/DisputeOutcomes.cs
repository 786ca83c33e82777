namespace Collections.Domain.Disputes;

/// <summary>What the process does after a dispute (<c>disputeOutcome</c>, docs/playbook.md).</summary>
public static class DisputeOutcomes
{
    /// <summary>Collection resumes at the stage it left.</summary>
    public const string Resume = "resume";

    /// <summary>The debtor was right; a credit note cancels the debt.</summary>
    public const string CreditNote = "credit-note";
}
