namespace Collections.Domain.Cases;

/// <summary>What a debtor may ask to negotiate; the playbook's <c>negotiationType</c> values.</summary>
public static class NegotiationKinds
{
    public const string PaymentPlan = "payment-plan";
    public const string Settlement = "settlement";
}
