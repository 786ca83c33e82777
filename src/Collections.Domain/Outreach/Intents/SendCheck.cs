using Collections.Domain.Cases;

namespace Collections.Domain.Outreach.Intents;

/// <summary>
/// The last look before a message leaves (pure: the facts come in). The contact policy judged the step when it was
/// fetched; a payment, a dispute, a promise or an opt-out can land between that and the provider call, so the
/// intent's transaction reads them again and asks here. An open dispute pauses the step (as the contact policy
/// does); anything else skips it with a reason. Informational templates (a receipt, a confirmation) are not dunning:
/// only the recipient's own state (opt-out, dead contact) stops them, since a receipt follows a payment by design.
/// </summary>
public static class SendCheck
{
    /// <summary>Null when the message may leave; otherwise the reason and whether it is a pause rather than a skip.</summary>
    public static (string Reason, bool Pause)? Decide(SendFacts facts)
    {
        if (facts.ChannelOptedOut || facts.RecipientsOptedOut) return (SkipReasons.OptOut, false);
        if (facts.RecipientsInvalid) return (SkipReasons.ContactInvalid, false);
        if (!facts.HasCase || facts.Informational) return null;
        if (!facts.CaseOpen)
        {
            return (facts.CaseOutcome switch
            {
                CaseOutcomes.Paid => SkipReasons.CasePaid,
                CaseOutcomes.WrittenOff => SkipReasons.CaseWrittenOff,
                _ => SkipReasons.CaseClosed,
            }, false);
        }

        if (facts.Balance <= 0) return (SkipReasons.BalanceZero, false);
        if (facts.DisputeOpen) return (SkipReasons.DisputeOpen, true);
        if (facts.PromiseOpen) return (SkipReasons.PromiseActive, false);
        if (facts.PlanActive) return (SkipReasons.PlanActive, false);
        return null;
    }
}
