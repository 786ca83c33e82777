namespace Collections.Domain.Outreach.Intents;

/// <summary>
/// The life of one send step (docs/architecture.md, "Exactly-once outreach"). Persisted strings (STYLE.md 12).
/// <c>pending</c> → <c>sent</c> (the provider answered and the send was recorded), <c>confirmed</c> (a retry proved it
/// left: outbox file, provider event, or a person said so), <c>uncertain</c> (a retry cannot tell: held for a person),
/// <c>resend</c> (a person asked to send again: the next fetch sends with a new reference), <c>skipped</c> (the facts
/// at the moment of sending forbade it), <c>covered</c> (listed on another step's statement the same day: that message
/// is this step's).
/// </summary>
public static class OutreachIntentStatuses
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Confirmed = "confirmed";
    public const string Uncertain = "uncertain";
    public const string Resend = "resend";
    public const string Skipped = "skipped";
    public const string Covered = "covered";

    /// <summary>The message is known to have left: the step completes with its id.</summary>
    public static bool IsDone(string status) => status is Sent or Confirmed;
}
