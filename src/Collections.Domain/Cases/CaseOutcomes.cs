namespace Collections.Domain.Cases;

/// <summary>Why a case closed; persisted strings.</summary>
public static class CaseOutcomes
{
    public const string Paid = "paid";
    public const string WrittenOff = "written-off";
    public const string Canceled = "canceled";

    /// <summary>The process ended by itself (e.g. handed to legal) while a balance remains.</summary>
    public const string ProcessEnded = "process-ended";
}
