namespace Collections.Domain.Cases;

/// <summary>
/// Message names the domain correlates to a case's process (by process instance id). The playbook's BPMN catches them;
/// variables sent with each are listed in docs/api.md.
/// </summary>
public static class ProcessMessages
{
    /// <summary>A payment that leaves a balance: <c>paymentAmount</c>, <c>paymentReference</c>, <c>balance</c>.</summary>
    public const string PartialPayment = "partial-payment";

    /// <summary><c>negotiationType</c> (<c>payment-plan</c> or <c>settlement</c>), <c>installments</c>, <c>discountPercent</c>: the stages stop and the negotiation opens.</summary>
    public const string NegotiationRequested = "negotiation-requested";

    /// <summary>The payment that brings the balance to zero; the process should end.</summary>
    public const string PaymentReceived = "payment-received";

    /// <summary><c>disputeId</c>, <c>disputeReason</c>; outreach pauses.</summary>
    public const string DisputeOpened = "dispute-opened";

    /// <summary><c>disputeId</c>, <c>disputeOutcome</c> (<c>resolved</c>/<c>rejected</c>); outreach resumes.</summary>
    public const string DisputeResolved = "dispute-resolved";

    /// <summary><c>promiseId</c>, <c>promiseAmount</c>, <c>promiseDate</c> (the instant the promise falls due), <c>promiseKept</c>=false.</summary>
    public const string PromiseMade = "promise-made";

    /// <summary><c>channel</c>, <c>cause</c> (<c>hard-bounce</c>, <c>dropped</c>, <c>sms-failed</c>), <c>contact</c>: a provider reported a contact dead.</summary>
    public const string ContactUnreachable = "contact-unreachable";

    /// <summary>A payment covered the next installment of the case's agreed payment plan: <c>paymentPlanId</c>, <c>installmentNumber</c>.</summary>
    public const string InstallmentPaid = "installment-paid";
}
