using Collections.Domain.Outreach.Policy;
using Collections.Domain.Outreach.Templates;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Collections.Domain.Outreach.Workers;

/// <summary>
/// The shared steps of <c>send-email</c> and <c>send-sms</c>: already sent for this activity instance? complete with
/// that message id. Otherwise ask the contact policy (opt-out: complete with <c>contactSkipped</c>; not now: defer),
/// render the task's <c>template</c> in the debtor's language, commit the send intent (which re-reads the facts that
/// stop a message), send with the intent's reference, record, complete with <c>messageId</c>. A retry that finds an
/// intent without an outcome reconciles (docs/architecture.md, "Exactly-once outreach"): never a blind second send.
/// </summary>
public abstract class OutreachSendHandler(
    TemplateRenderer renderer, ContactPolicy policy, IOutreachContacts contacts, IOutreachLog log, TimeProvider time,
    IOutreachIntents? intents = null, ICrashPoints? crashPoints = null, IOptions<OutreachWorkerOptions>? options = null) : IExternalTaskHandler
{
    public const string MessageIdVariable = "messageId";
    public const string ContactSkippedVariable = "contactSkipped";
    public const string NoRecipient = "no-recipient";

    /// <summary>The reason a held step's external task shows (<c>Deferred (delivery-uncertain) until …</c>).</summary>
    public const string DeliveryUncertain = "delivery-uncertain";

    private readonly IOutreachIntents _intents = intents ?? new UnguardedOutreachIntents(log);
    private readonly ICrashPoints _crash = crashPoints ?? NoCrashPoints.Instance;
    private readonly TimeSpan _recheck = (options?.Value ?? new OutreachWorkerOptions()).UncertainRecheckInterval;

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
        var caseId = OutreachModel.CaseId(variables, facts);
        var key = TaskVariables.Text(variables, "template");
        var decision = policy.Decide(new ContactRequest(Channel, TaskVariables.Text(variables, "debtorCountry"), TaskVariables.Text(variables, "debtorTimeZone"), now,
            facts.DisputeOpen, facts.OptedOutChannels, facts.RecentCalls, facts.LastConversationAt, facts.History));
        switch (decision)
        {
            case ContactDecision.Refused refused:
                return await SkippedAsync(Request(info, caseId, [], key, null, null, now), refused.Reason, cancellationToken);
            case ContactDecision.DeferredUntil deferred:
                return new TaskOutcome.Defer(deferred.Until, deferred.Reason)
                {
                    Deferral = new Deferrals.ContactDeferral(caseId, Channel, key, TaskVariables.Text(variables, "debtorTimeZone"), deferred.Rule),
                };
        }

        if (facts.Addresses.Count == 0) return await SkippedAsync(Request(info, caseId, [], key, null, null, now), NoRecipient, cancellationToken);
        if (key is null) throw new TemplateRenderException(TemplateRenderException.Invalid, info.ActivityId, "the task has no 'template' input parameter.");
        var message = renderer.Render(key, variables);
        var addresses = SentTo(facts.Addresses);
        var request = Request(info, caseId, addresses, key, message.Language, message.Subject, now);
        OutreachSend Record(string messageId) => new(info.ProcessInstanceId, info.ActivityInstanceId, Topic, messageId, now,
            caseId, Channel, Provider, addresses, key, message.Language, message.Subject);

        switch (await _intents.BeginAsync(request, cancellationToken))
        {
            case IntentDecision.Done done:
                return Completed(MessageIdVariable, done.MessageId);
            case IntentDecision.Skip skip:
                return Completed(ContactSkippedVariable, skip.Reason);
            case IntentDecision.Defer defer:
                return new TaskOutcome.Defer(defer.Until, defer.Reason);
            case IntentDecision.Hold:
                return Held(now);
            case IntentDecision.Reconcile reconcile:
                switch (await LookupAsync(reconcile.Reference, cancellationToken))
                {
                    case ProviderLookup.Found found:
                        await _intents.ConfirmAsync(reconcile.IntentId, Record(found.MessageId), cancellationToken);
                        return Completed(MessageIdVariable, found.MessageId);
                    case var lookup when lookup != ProviderLookup.NotSent:
                        await _intents.HoldAsync(reconcile.IntentId, DeliveryUncertain, cancellationToken);
                        return Held(now);
                }

                return await SendAsync(addresses, message, reconcile.IntentId, reconcile.Reference, caseId, Record, cancellationToken);
            case IntentDecision.Send send:
                return await SendAsync(addresses, message, send.IntentId, send.Reference, caseId, Record, cancellationToken);
            default:
                throw new InvalidOperationException("Unknown intent decision.");
        }
    }

    /// <summary>The addresses the message actually goes to (all for e-mail, the first for SMS).</summary>
    protected virtual IReadOnlyList<string> SentTo(IReadOnlyList<string> addresses) => addresses;

    protected abstract Task<string> SendAsync(IReadOnlyList<string> addresses, RenderedMessage message, string reference, Guid? caseId, CancellationToken cancellationToken);

    /// <summary>Whether the sender itself can tell that <paramref name="reference"/> left before a crash.</summary>
    protected abstract Task<ProviderLookup> LookupAsync(string reference, CancellationToken cancellationToken);

    private async Task<TaskOutcome> SendAsync(
        IReadOnlyList<string> addresses, RenderedMessage message, Guid? intentId, string reference, Guid? caseId,
        Func<string, OutreachSend> record, CancellationToken cancellationToken)
    {
        _crash.Reached(CrashPoint.BeforeProviderCall);
        var messageId = await SendAsync(addresses, message, reference, caseId, cancellationToken);
        _crash.Reached(CrashPoint.AfterProviderCall);
        await _intents.SentAsync(intentId, record(messageId), cancellationToken);
        _crash.Reached(CrashPoint.AfterRecord);
        return Completed(MessageIdVariable, messageId);
    }

    private async Task<TaskOutcome> SkippedAsync(SendIntentRequest request, string reason, CancellationToken cancellationToken)
    {
        await _intents.SkipAsync(request, reason, cancellationToken);
        return Completed(ContactSkippedVariable, reason);
    }

    private SendIntentRequest Request(ExternalTaskInfo info, Guid? caseId, IReadOnlyList<string> addresses, string? key, string? language, string? subject, Instant now) =>
        new(info.ProcessInstanceId, info.ActivityInstanceId, info.Id, Topic, Channel, Provider, caseId, addresses, key, language, subject, now);

    /// <summary>Uncertain: the step waits (retries unchanged) and is looked at again after the recheck interval.</summary>
    private TaskOutcome.Defer Held(Instant now) => new(now + Duration.FromTimeSpan(_recheck), DeliveryUncertain);

    private static TaskOutcome.Complete Completed(string name, string value) => new(new Dictionary<string, object?> { [name] = value });
}
