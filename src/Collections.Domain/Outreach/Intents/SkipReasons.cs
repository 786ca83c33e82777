namespace Collections.Domain.Outreach.Intents;

/// <summary>
/// Why a send step did not send (the <c>contactSkipped</c> output and the <c>contact.skipped</c> timeline code's
/// <c>reason</c>). Persisted strings; the staff UI renders each in the reader's language (docs/playbook.md, "Why a
/// message was not sent").
/// </summary>
public static class SkipReasons
{
    public const string CaseClosed = "case-closed";
    public const string CasePaid = "case-paid";
    public const string CaseWrittenOff = "case-written-off";
    public const string BalanceZero = "balance-zero";
    public const string DisputeOpen = "dispute-open";
    public const string PromiseActive = "promise-active";
    public const string PlanActive = "plan-active";
    public const string OptOut = "opt-out";
    public const string ContactInvalid = "contact-invalid";
    public const string NoRecipient = "no-recipient";
}
