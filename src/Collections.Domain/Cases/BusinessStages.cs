namespace Collections.Domain.Cases;

/// <summary>
/// The business stages of the shipped playbook, read from the <c>stage</c> property of the activity a case's process
/// waits in (<see cref="Engine.Model.ProcessTextKeys.StageProperty"/>). A diagram may declare other codes; these are the
/// ones the playbook uses and integrators see on <c>stage</c>. <see cref="Closed"/> is set by the domain, never by a diagram.
/// </summary>
public static class BusinessStages
{
    public const string Reminder = "reminder";
    public const string JuniorCall = "junior-call";
    public const string SeniorCall = "senior-call";
    public const string LegalWarning = "legal-warning";
    public const string Promise = "promise";
    public const string Dispute = "dispute";
    public const string Negotiation = "negotiation";
    public const string Legal = "legal";

    /// <summary>Every closed case, whatever its outcome.</summary>
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [Reminder, JuniorCall, SeniorCall, LegalWarning, Promise, Dispute, Negotiation, Legal, Closed];
}
