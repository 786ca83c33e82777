namespace Collections.Domain.Outreach.Messages;

/// <summary>
/// One e-mail or SMS that left for an external task's activity instance (unique on process instance + activity
/// instance: the key that makes sends idempotent), with the provider's message id that its delivery
/// reports name, and the <see cref="Outreach.ContactAttempt"/> it was recorded as on the case.
/// </summary>
public sealed class OutreachMessage
{
    private OutreachMessage()
    {
        ActivityInstanceId = Topic = Channel = Provider = ProviderMessageId = Recipients = Status = string.Empty;
    }

    public OutreachMessage(
        Guid id, Guid processInstanceId, string activityInstanceId, string topic, string channel, string provider, string providerMessageId,
        IReadOnlyList<string> recipients, Guid? caseId, Guid? contactAttemptId, string? templateKey, string? language, string? subject, DateTimeOffset sentAt)
        : this()
    {
        (Id, ProcessInstanceId, ActivityInstanceId, Topic, Channel, Provider, ProviderMessageId) =
            (id, processInstanceId, activityInstanceId, topic, channel, provider, providerMessageId);
        Recipients = string.Join(", ", recipients);
        (CaseId, ContactAttemptId, TemplateKey, Language, SentAt, StatusAt) = (caseId, contactAttemptId, templateKey, language, sentAt, sentAt);
        Subject = subject is { Length: > 500 } ? subject[..500] : subject;
        Status = DeliveryStatuses.Sent;
    }

    public Guid Id { get; private set; }

    public Guid ProcessInstanceId { get; private set; }

    public string ActivityInstanceId { get; private set; }

    /// <summary><c>send-email</c> or <c>send-sms</c>.</summary>
    public string Topic { get; private set; }

    /// <summary><c>email</c> or <c>sms</c>.</summary>
    public string Channel { get; private set; }

    /// <summary>Who carried it: <c>sendgrid</c>, <c>outbox</c>, <c>http-sms</c>, <c>sms-outbox</c>.</summary>
    public string Provider { get; private set; }

    /// <summary>SendGrid's <c>X-Message-Id</c>, the gateway's <c>id</c>, or the outbox file's id.</summary>
    public string ProviderMessageId { get; private set; }

    /// <summary>Addresses or numbers, comma-separated.</summary>
    public string Recipients { get; private set; }

    public Guid? CaseId { get; private set; }

    public Guid? ContactAttemptId { get; private set; }

    public string? TemplateKey { get; private set; }

    public string? Language { get; private set; }

    public string? Subject { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>One of <see cref="DeliveryStatuses"/>: the most telling report so far.</summary>
    public string Status { get; private set; }

    public DateTimeOffset StatusAt { get; private set; }

    /// <summary>Applies a provider's report unless the message already holds a more telling one; true when it changed.</summary>
    public bool Apply(string status, DateTimeOffset at)
    {
        if (DeliveryStatuses.Rank(status) < DeliveryStatuses.Rank(Status) || status == Status) return false;
        (Status, StatusAt) = (status, at);
        return true;
    }
}
