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
        var zoneId = TaskVariables.Text(variables, "debtorTimeZone");
        var decision = policy.Decide(new ContactRequest(Channel, TaskVariables.Text(variables, "debtorCountry"), zoneId, now,
            facts.DisputeOpen, facts.OptedOutChannels, facts.RecentCalls, facts.LastConversationAt));
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
        RefreshDaysOverdue(variables, now, zoneId);
        var message = renderer.Render(key, variables);
        var messageId = await SendAsync(facts.Addresses, message, info.ActivityInstanceId, cancellationToken);
        await log.RecordAsync(new OutreachSend(info.ProcessInstanceId, info.ActivityInstanceId, Topic, messageId, now), cancellationToken);
        return Completed(MessageIdVariable, messageId);
    }

    protected abstract Task<string> SendAsync(IReadOnlyList<string> addresses, RenderedMessage message, string reference, CancellationToken cancellationToken);

    /// <summary><c>daysOverdue</c> is set when the case opens; a day-21 e-mail must say 21, so it is counted again on the debtor's calendar.</summary>
    private static void RefreshDaysOverdue(Dictionary<string, object?> variables, Instant now, string? zoneId)
    {
        if (!variables.TryGetValue("dueDate", out var due) || due is not DateTimeOffset dueDate) return;
        var zone = (zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)) ?? DateTimeZone.Utc;
        var days = Period.Between(LocalDate.FromDateTime(dueDate.UtcDateTime), now.InZone(zone).Date, PeriodUnits.Days).Days;
        variables["daysOverdue"] = (long)Math.Max(0, days);
    }

    private static TaskOutcome.Complete Completed(string name, string value) => new(new Dictionary<string, object?> { [name] = value });
}
