namespace Collections.Domain.Outreach.Calls;

/// <summary>
/// The values of a call or visit task's <c>callOutcome</c> form field (workflows/overdue-invoice.bpmn), and the
/// contact attempt outcomes they are recorded as. Persisted strings (STYLE.md 12).
/// </summary>
public static class CallOutcomes
{
    public const string NoCommitment = "no-commitment";
    public const string NotReached = "not-reached";
    public const string WrongNumber = "wrong-number";
    public const string WrongAddress = "wrong-address";
    public const string Promise = "promise";
    public const string PaymentPlan = "payment-plan";
    public const string Settlement = "settlement";

    /// <summary>A contact attempt's outcome when the debtor (or the alternate contact) was spoken to.</summary>
    public const string Reached = "reached";

    /// <summary>The attempt outcome of a form value: reached, not-reached, wrong-number or wrong-address.</summary>
    public static string AttemptOutcomeOf(string callOutcome) => callOutcome switch
    {
        NotReached or WrongNumber or WrongAddress => callOutcome,
        _ => Reached,
    };
}
