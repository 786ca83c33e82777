using Collections.Domain.Outreach.Policy;
using Collections.Domain.Outreach.Templates;
using Collections.Engine.Api;
using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// The shared steps of <c>send-email</c> and <c>send-sms</c>: already sent for this activity instance? complete with
/// that message id. Otherwise ask the contact policy (opt-out: complete with <c>contactSkipped</c>; not now: defer),
/// render the task's <c>template</c> in the debtor's language, send, record, complete with <c>messageId</c>.
/// </summary>
public abstract class OutreachSendHandler(
    TemplateRenderer renderer, ContactPolicy policy, IOutreachContacts contacts, IOutreachLog log, TimeProvider time) : IExternalTaskHandler
{
    public const string MessageIdVariable = "messageId";
    public const string ContactSkippedVariable = "contactSkipped";
    public const string NoRecipient = "no-recipient";

    public abstract string Topic { get; }

    /// <summary>The channel the contact policy judges (<c>email</c>, <c>sms</c>).</summary>
    protected abstract string Channel { get; }

    /// <summary>One of <see cref="OutreachProviders"/>: the sender in use.</summary>
    protected abstract string Provider { get; }

    public async Task<TaskOutcome> HandleAsync(LockedExternalTask task, CancellationToken cancellationToken)
    {
        var info = task.Task;
        if (await log.FindAsync(info.ProcessInstanceId, info.ActivityInstanceId, cancellationToken) is { } sent)
        {
            return Completed(MessageIdVariable, sent.MessageId); // sent before a crash or an expired lock: never twice
        }

        var variables = TaskVariables.ToClr(task);
        var recipients = TaskVariables.Text(variables, "recipients") ?? "debtor";
        var facts = await contacts.GetAsync(task, Channel, recipients, cancellationToken);
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        OutreachModel.Apply(variables, facts, now);
        var decision = policy.Decide(new ContactRequest(Channel, TaskVariables.Text(variables, "debtorCountry"), TaskVariables.Text(variables, "debtorTimeZone"), now,
            facts.DisputeOpen, facts.OptedOutChannels, facts.RecentCalls, facts.LastConversationAt, facts.History));
        switch (decision)
        {
            case ContactDecision.Refused refused:
                return Completed(ContactSkippedVariable, refused.Reason);
            case ContactDecision.DeferredUntil deferred:
                return new TaskOutcome.Defer(deferred.Until, deferred.Reason);
        }

        if (facts.Addresses.Count == 0) return Completed(ContactSkippedVariable, NoRecipient);
        var key = TaskVariables.Text(variables, "template")
            ?? throw new TemplateRenderException(TemplateRenderException.Invalid, info.ActivityId, "the task has no 'template' input parameter.");
        var message = renderer.Render(key, variables);
        var caseId = OutreachModel.CaseId(variables, facts);
        var addresses = SentTo(facts.Addresses);
        var messageId = await SendAsync(addresses, message, info.ActivityInstanceId, caseId, cancellationToken);
        await log.RecordAsync(new OutreachSend(info.ProcessInstanceId, info.ActivityInstanceId, Topic, messageId, now,
            caseId, Channel, Provider, addresses, key, message.Language, message.Subject), cancellationToken);
        return Completed(MessageIdVariable, messageId);
    }

    /// <summary>The addresses the message actually goes to (all for e-mail, the first for SMS).</summary>
    protected virtual IReadOnlyList<string> SentTo(IReadOnlyList<string> addresses) => addresses;

    protected abstract Task<string> SendAsync(IReadOnlyList<string> addresses, RenderedMessage message, string reference, Guid? caseId, CancellationToken cancellationToken);

    private static TaskOutcome.Complete Completed(string name, string value) => new(new Dictionary<string, object?> { [name] = value });
}
