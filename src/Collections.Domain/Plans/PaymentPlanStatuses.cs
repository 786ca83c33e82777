namespace Collections.Domain.Plans;

/// <summary>Persisted and returned as <c>status</c>.</summary>
public static class PaymentPlanStatuses
{
    /// <summary>The case's current plan.</summary>
    public const string Active = "active";

    /// <summary>A newer plan replaced it.</summary>
    public const string Superseded = "superseded";

    /// <summary>Every installment was paid.</summary>
    public const string Completed = "completed";
}
