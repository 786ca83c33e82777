namespace Collections.Domain.Plans;

/// <summary>
/// The playbook's negotiation steps the domain drives (workflows/overdue-invoice.bpmn), like <c>ProcessMessages</c> for
/// messages: a proposal over the API completes the open <see cref="NegotiateTask"/> with the form's variables; a
/// settlement then waits in <see cref="ApproveDiscountTask"/>, whose <see cref="DiscountApproved"/> decides the offer.
/// </summary>
public static class NegotiationSteps
{
    /// <summary>User task "Negotiate with debtor": <c>negotiationType</c>, <c>installments</c>, <c>discountPercent</c>, <c>notes</c>.</summary>
    public const string NegotiateTask = "negotiate";

    /// <summary>User task "Approve settlement discount", candidate group by authority limit.</summary>
    public const string ApproveDiscountTask = "approve_discount";

    /// <summary>Boolean output of <see cref="ApproveDiscountTask"/>.</summary>
    public const string DiscountApproved = "discountApproved";

    public const string NegotiationType = "negotiationType";

    public const string PaymentPlanType = "payment-plan";

    public const string SettlementType = "settlement";

    /// <summary>Comma-separated ISO dates of a plan's installments; the playbook's installment checks follow them.</summary>
    public const string InstallmentDueDates = "installmentDueDates";
}
