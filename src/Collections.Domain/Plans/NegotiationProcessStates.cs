namespace Collections.Domain.Plans;

/// <summary>What a case's process did with a proposed payment plan or settlement offer (persisted, returned as <c>processState</c>).</summary>
public static class NegotiationProcessStates
{
    /// <summary>The process was negotiating (its <see cref="NegotiationSteps.NegotiateTask"/> was open) and took the proposal.</summary>
    public const string Agreed = "agreed";

    /// <summary>The process was elsewhere: the proposal is on the case for the collectors, the process went on unchanged.</summary>
    public const string Recorded = "recorded";
}
