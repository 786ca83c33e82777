namespace Collections.Domain.Outreach.Intents;

/// <summary>Persisted names around intents: timeline codes and who resolved one.</summary>
public static class OutreachIntentActions
{
    /// <summary>Timeline code: a send step did not send (arguments <c>reason</c>, <c>channel</c>, <c>template</c>).</summary>
    public const string SkippedKind = "contact.skipped";

    /// <summary>Timeline code: a crash left it unknown whether a message left; a person decides.</summary>
    public const string UncertainKind = "contact.uncertain";

    /// <summary>Timeline code: a person settled an uncertain send (argument <c>decision</c>: <c>confirmed</c> or <c>resend</c>).</summary>
    public const string ResolvedKind = "contact.resolved";

    /// <summary><see cref="OutreachIntent.ResolvedBy"/> when the worker proved the send itself.</summary>
    public const string Reconciled = "reconciled";
}
