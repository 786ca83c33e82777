namespace Collections.Domain.Outreach.Intents;

/// <summary>The send-time check (<see cref="SendCheck"/>).</summary>
public sealed class SendCheckOptions
{
    public const string Section = "Collections:Outreach:SendCheck";

    /// <summary>
    /// Templates that inform rather than ask for money: sent even to a closed, paid or disputed case, or one under a
    /// promise or plan (a receipt follows the payment that closed the case). Every other template is dunning.
    /// Default: <c>payment-receipt</c>, <c>promise-confirmation</c>, <c>payment-plan-confirmation</c>,
    /// <c>dispute-acknowledgement</c>.
    /// </summary>
    public List<string> InformationalTemplates { get; set; } = ["payment-receipt", "promise-confirmation", "payment-plan-confirmation", "dispute-acknowledgement"];

    /// <summary>How long an open dispute pauses a step found at the moment of sending. Default 1 day.</summary>
    public TimeSpan DisputeRecheckInterval { get; set; } = TimeSpan.FromDays(1);
}
