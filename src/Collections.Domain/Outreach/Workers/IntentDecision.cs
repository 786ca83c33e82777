using Collections.Domain.Outreach.Statements;
using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>What <see cref="IOutreachIntents.BeginAsync"/> found for a send step.</summary>
public abstract record IntentDecision
{
    private IntentDecision()
    {
    }

    /// <summary>
    /// A fresh (or re-approved) intent is committed: call the provider with this reference. With
    /// <paramref name="Statement"/>, the step sends the statement listing those invoices instead of its own template.
    /// </summary>
    public sealed record Send(Guid? IntentId, string Reference, IReadOnlyList<StatementItem>? Statement = null) : IntentDecision;

    /// <summary>An earlier try committed the intent and never recorded the outcome: find out, never send blindly.</summary>
    public sealed record Reconcile(Guid IntentId, string Reference, IReadOnlyList<StatementItem>? Statement = null) : IntentDecision;

    /// <summary>The message is known to have left: complete the step with this id.</summary>
    public sealed record Done(string MessageId) : IntentDecision;

    /// <summary>Uncertain, waiting for a person to confirm or resend from the case page.</summary>
    public sealed record Hold(string Reason) : IntentDecision;

    /// <summary>The facts at the moment of sending forbid it: complete with <c>contactSkipped</c> = the reason.</summary>
    public sealed record Skip(string Reason) : IntentDecision;

    /// <summary>Not now (an open dispute is a pause, not a drop): nothing is recorded, the step is fetched again then.</summary>
    public sealed record Defer(Instant Until, string Reason) : IntentDecision;
}
