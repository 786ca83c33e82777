namespace Collections.Domain.Outreach.Intents;

/// <summary>
/// A send step's intent, written and committed before the provider is called (unique per process instance and
/// activity instance), so a worker that dies anywhere after that finds it on the retry and reconciles instead of
/// sending again. <see cref="Reference"/> travels to the provider (outbox <c>Message-ID</c>, SendGrid custom arg,
/// the SMS gateway's client reference) and comes back on its events.
/// </summary>
public sealed class OutreachIntent
{
    private OutreachIntent()
    {
        ActivityInstanceId = Topic = Channel = Provider = Recipients = Status = string.Empty;
    }

    public OutreachIntent(
        Guid id, Guid processInstanceId, string activityInstanceId, Guid externalTaskId, string topic, string channel, string provider,
        Guid? caseId, IReadOnlyList<string> recipients, string? templateKey, string? language, string? subject, DateTimeOffset now)
        : this()
    {
        (Id, ProcessInstanceId, ActivityInstanceId, ExternalTaskId, Topic, Channel, Provider, CaseId) =
            (id, processInstanceId, activityInstanceId, externalTaskId, topic, channel, provider, caseId);
        Recipients = Cut(string.Join(", ", recipients), 2000);
        (TemplateKey, Language, CreatedAt, UpdatedAt, Attempt) = (templateKey, language, now, now, 1);
        Subject = subject is null ? null : Cut(subject, 500);
        Status = OutreachIntentStatuses.Pending;
    }

    public Guid Id { get; private set; }

    public Guid ProcessInstanceId { get; private set; }

    public string ActivityInstanceId { get; private set; }

    /// <summary>The external task that asked for the send (for the cockpit; the key is the activity instance).</summary>
    public Guid ExternalTaskId { get; private set; }

    public string Topic { get; private set; }

    public string Channel { get; private set; }

    public string Provider { get; private set; }

    public Guid? CaseId { get; private set; }

    public string Recipients { get; private set; }

    public string? TemplateKey { get; private set; }

    public string? Language { get; private set; }

    public string? Subject { get; private set; }

    /// <summary>One of <see cref="OutreachIntentStatuses"/>.</summary>
    public string Status { get; private set; }

    /// <summary>1, then one more each time a person asks to send again; part of <see cref="Reference"/>.</summary>
    public int Attempt { get; private set; }

    /// <summary>Why it was skipped or held (a reason code, see docs/playbook.md "Why a message was not sent").</summary>
    public string? Reason { get; private set; }

    public string? ProviderMessageId { get; private set; }

    /// <summary>Who confirmed or asked to resend an uncertain send (the staff member), or <c>reconciled</c>.</summary>
    public string? ResolvedBy { get; private set; }

    /// <summary>
    /// The statement this step sends (its owner) or is covered by (status <c>covered</c>); null for a message of its own.
    /// </summary>
    public Guid? StatementId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The idempotency reference given to the provider: stable across retries of one attempt.</summary>
    public string Reference => ReferenceOf(Id, Attempt);

    public static string ReferenceOf(Guid id, int attempt) => attempt == 1 ? id.ToString("N") : $"{id:N}-{attempt}";

    /// <summary>The intent id a reference names, whatever the attempt; null for anything else.</summary>
    public static Guid? IdOf(string? reference) =>
        reference is { Length: >= 32 } && Guid.TryParseExact(reference[..32], "N", out var id) && (reference.Length == 32 || reference[32] == '-') ? id : null;

    /// <summary>This step sends <paramref name="statementId"/>: its reference is the statement's.</summary>
    public void OwnStatement(Guid statementId) => StatementId = statementId;

    /// <summary>Listed on another step's statement: this step sends nothing and completes once that one has left.</summary>
    public void CoverBy(Guid statementId, DateTimeOffset now) => (Status, StatementId, UpdatedAt) = (OutreachIntentStatuses.Covered, statementId, now);

    public void Skip(string reason, DateTimeOffset now) => (Status, Reason, UpdatedAt) = (OutreachIntentStatuses.Skipped, reason, now);

    /// <summary>The provider answered and the send was recorded.</summary>
    public void MarkSent(string providerMessageId, DateTimeOffset now) =>
        (Status, ProviderMessageId, UpdatedAt) = (OutreachIntentStatuses.Sent, providerMessageId, now);

    /// <summary>Proved to have left after all (an outbox file, a provider event, a person's word).</summary>
    public void Confirm(string? providerMessageId, string by, DateTimeOffset now) =>
        (Status, ProviderMessageId, ResolvedBy, UpdatedAt) = (OutreachIntentStatuses.Confirmed, providerMessageId ?? ProviderMessageId, by, now);

    public void MarkUncertain(string reason, DateTimeOffset now) => (Status, Reason, UpdatedAt) = (OutreachIntentStatuses.Uncertain, reason, now);

    /// <summary>A person asked to send again: the next fetch sends with a new reference.</summary>
    public void RequestResend(string by, DateTimeOffset now) => (Status, ResolvedBy, UpdatedAt) = (OutreachIntentStatuses.Resend, by, now);

    /// <summary>The worker takes up a requested resend: a fresh attempt, pending again before the provider call.</summary>
    public void BeginResend(DateTimeOffset now) => (Status, Attempt, Reason, UpdatedAt) = (OutreachIntentStatuses.Pending, Attempt + 1, null, now);

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
